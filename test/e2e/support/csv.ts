// The oracle for a downloaded CSV: what each cell must hold for an event, by the contract and the client's
// formula neutralisation.
import { isFormulaCell } from '@auditkit/headless/core';
import type { AuditEvent } from '@auditkit/mock-api';
import Papa from 'papaparse';
import {
  spreadsheetValue,
  type CellPlace,
} from '../../../packages/headless/src/test-utils/spreadsheetValue.ts';

/** Parses RFC 4180 text (CRLF rows) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (result.errors.length > 0)
    throw new Error(`CSV does not parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.data;
}

/**
 * The cell an event's field must become in a `csv` file: JSON as compact text, nothing for a missing value,
 * formulas defused by the library's own rule (`isFormulaCell`: plain numbers such as `-7` stay numbers, a trigger
 * behind invisible characters or in full width is defused), also where a spreadsheet set to `;` would start a cell
 * (`spreadsheetValue`; `place` says whether the field is the row's first and its last). An inherited name
 * (`constructor`) is a missing field, not a function.
 */
export function expectedCell(
  event: AuditEvent,
  name: string,
  place: CellPlace = { first: false, last: false },
): string {
  const value = Object.hasOwn(event, name) ? (event as unknown as Record<string, unknown>)[name] : undefined;
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return spreadsheetValue(text, ',', place);
}

/** True when a cell would run as a formula in a spreadsheet (the rule the README states, `isFormulaCell`). */
export const isLiveFormula = (cell: string) => isFormulaCell(cell);
