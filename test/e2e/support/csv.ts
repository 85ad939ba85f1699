// The oracle for a downloaded CSV: what each cell must hold for an event, by the contract and the client's
// formula neutralisation.
import type { AuditEvent } from '@auditkit/mock-api';
import Papa from 'papaparse';

/** Parses RFC 4180 text (CRLF rows) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (result.errors.length > 0)
    throw new Error(`CSV does not parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.data;
}

const formulaStart = /^[=+\-@\t\r\0]/;

/** The cell an event's field must become: JSON as compact text, nothing for a missing value, formulas defused. */
export function expectedCell(event: AuditEvent, name: string): string {
  const value = (event as unknown as Record<string, unknown>)[name];
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

/** True when a cell would run as a formula in a spreadsheet. */
export const isLiveFormula = (cell: string) => formulaStart.test(cell);
