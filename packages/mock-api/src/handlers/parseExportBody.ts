import type { CsvProperty } from '../csv/csvField.ts';

/** The most properties an export may ask for (the document's `maxItems`). */
export const MAX_EXPORT_PROPERTIES = 100;

/**
 * The columns of an export body already checked against the document (`ExportRequest`): any field name, vendor
 * fields included (events carry fields of any name; an unknown one gives empty cells); `displayName` defaults to
 * the name. Extra keys on a property are ignored, as Frontegg's portal sends whole metadata columns.
 */
export function parseExportBody(body: Record<string, unknown>): CsvProperty[] {
  return (body.properties as { name: string; displayName?: string }[]).map((p) => ({
    name: p.name,
    displayName: typeof p.displayName === 'string' ? p.displayName : p.name,
  }));
}
