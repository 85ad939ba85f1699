/**
 * What an export writes:
 * - `'csv'`: CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the text as UTF-8), formula cells
 *   neutralised, times in the chosen zone.
 * - `'csv-semicolon'`: the same with `;` between fields, for spreadsheets in regions whose decimal separator is a
 *   comma (Excel there splits on `;`).
 * - `'csv-plain'`: the CSV exactly as the server sends it, for scripts.
 * - `'jsonl'`: JSON Lines, one event per line with every field and typed values, from the list API.
 */
export type ExportFormat = 'csv' | 'csv-semicolon' | 'csv-plain' | 'jsonl';

/** Every format, in the order a chooser offers them. */
export const exportFormats: readonly ExportFormat[] = ['csv', 'csv-semicolon', 'csv-plain', 'jsonl'];

/**
 * Throws a `TypeError` naming a format that is not one of {@link exportFormats}. Both `downloadAuditCsv`s call it
 * before the engine runs (the package root's before it fetches the engine), so this list is the only one.
 */
export function assertExportFormat(format: unknown): asserts format is ExportFormat {
  if (!(exportFormats as readonly unknown[]).includes(format))
    throw new TypeError(`[auditkit] Unknown export format "${String(format)}".`);
}

/**
 * The spreadsheet format for a locale: `'csv-semicolon'` where numbers are written with a decimal comma
 * (`de-DE`, `fr-FR`, `pt-BR`…: spreadsheets there expect `;` between fields), else `'csv'`.
 *
 * @example
 * spreadsheetFormatForLocale('de-DE'); // 'csv-semicolon'
 */
export function spreadsheetFormatForLocale(locale?: string | readonly string[]): 'csv' | 'csv-semicolon' {
  let decimal = '.';
  try {
    decimal =
      new Intl.NumberFormat(locale as string | string[] | undefined)
        .formatToParts(1.5)
        .find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    // An invalid locale tag: fall back to the comma format rather than fail the dialog.
  }
  return decimal === ',' ? 'csv-semicolon' : 'csv';
}
