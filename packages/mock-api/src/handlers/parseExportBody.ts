import type { CsvProperty } from '../csv/csvField.ts';

/** The most properties an export may ask for (the document's `maxItems`). */
export const MAX_EXPORT_PROPERTIES = 100;

/**
 * The columns of an export body already checked against the document (`ExportRequest`): any field name, vendor
 * fields included (events carry fields of any name; an unknown one gives empty cells); `displayName` defaults to
 * the name. Extra keys on a property are ignored, as Frontegg's portal sends whole metadata columns.
 *
 * Not a 400 for an unknown name: Frontegg's witnesses allow any (`@frontegg/rest-api` 7.119.0 types
 * `HeaderProps.name` as `string` and its portal sends the vendor's metadata columns, custom ones included). Names
 * such as `__proto__` or `constructor` stay plain data: the rows read the event's own fields only (`eventCsvRow`).
 */
export function parseExportBody(body: Record<string, unknown>): CsvProperty[] {
  return (body.properties as { name: string; displayName?: string | undefined }[]).map((p) => ({
    name: p.name,
    displayName: typeof p.displayName === 'string' ? p.displayName : p.name,
  }));
}
