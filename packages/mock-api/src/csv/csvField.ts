// RFC 4180 as the contract states it. The mock does not neutralise formula cells: a real server may not, and the
// client's download path is where that happens.

/** A property of an export body: which event field, under which header. */
export interface CsvProperty {
  name: string;
  displayName: string;
}

/** Quotes a field when it holds a comma, quote, CR or LF or starts or ends with a space; doubles quotes. */
export function csvField(text: string): string {
  if (/[",\r\n]/.test(text) || text.startsWith(' ') || text.endsWith(' '))
    return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The text of one event value in a CSV cell: strings as is, objects and arrays as compact JSON, nothing as empty. */
export function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One CSV record with its CRLF. */
export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The record of one event for the given properties, in their order. */
export function eventCsvRow(
  event: Readonly<Record<string, unknown>>,
  properties: readonly CsvProperty[],
): string {
  return csvRow(properties.map((p) => csvValue(event[p.name])));
}
