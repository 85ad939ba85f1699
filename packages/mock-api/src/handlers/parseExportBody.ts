import { exportableFields } from '../dataset/auditColumns.ts';
import type { CsvProperty } from '../csv/csvField.ts';
import { apiError } from './apiError.ts';

/** The most properties an export may ask for. */
export const MAX_EXPORT_PROPERTIES = 100;

/**
 * Validates an export body `{ properties: [{ name, displayName }] }`: 1 to 100 properties, known names, string
 * display names (defaulting to the name). Extra keys on a property are ignored, as the portal sends whole columns.
 */
export function parseExportBody(body: Record<string, unknown>): CsvProperty[] {
  const { properties } = body;
  if (!Array.isArray(properties) || properties.length === 0 || properties.length > MAX_EXPORT_PROPERTIES) {
    throw apiError(
      400,
      `properties must be a list of 1 to ${MAX_EXPORT_PROPERTIES} { name, displayName } objects`,
    );
  }
  const errors: string[] = [];
  const result: CsvProperty[] = [];
  properties.forEach((property: unknown, i) => {
    const p = (typeof property === 'object' && property !== null ? property : {}) as Record<string, unknown>;
    if (typeof p.name !== 'string') errors.push(`properties[${i}].name must be a string`);
    else if (!exportableFields.has(p.name))
      errors.push(`properties[${i}].name ${JSON.stringify(p.name)} is not a known column`);
    if (p.displayName !== undefined && typeof p.displayName !== 'string') {
      errors.push(`properties[${i}].displayName must be a string`);
    }
    if (typeof p.name === 'string')
      result.push({ name: p.name, displayName: typeof p.displayName === 'string' ? p.displayName : p.name });
  });
  if (errors.length > 0) throw apiError(400, ...errors);
  return result;
}
