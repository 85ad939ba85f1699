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

const zoneless = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?$/;

/**
 * One CSV record with its CRLF. A record of one empty field is written `""`: as nothing it is a blank line, which
 * spreadsheets and CSV readers skip (RFC 4180 leaves it open), so a one-column export lost its empty rows there.
 */
export function csvRow(values: readonly string[]): string {
  if (values.length === 1 && values[0] === '') return '""\r\n';
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The record of one event for the given properties, in their order. */
export function eventCsvRow(
  event: Readonly<Record<string, unknown>>,
  properties: readonly CsvProperty[],
): string {
  // Own fields only: a property named `__proto__` or `constructor` is an empty cell, not the prototype.
  return csvRow(
    properties.map((p) => {
      const value = Object.hasOwn(event, p.name) ? event[p.name] : undefined;
      // The file's times are ISO 8601 UTC whatever the event's form, so a spreadsheet never guesses a zone.
      return p.name === 'createdAt' && typeof value === 'string' && zoneless.test(value)
        ? `${value.replace(' ', 'T')}Z`
        : csvValue(value);
    }),
  );
}
