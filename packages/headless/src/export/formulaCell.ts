// What makes a spreadsheet evaluate a CSV cell, as one rule shared by the streaming scanner and by anyone who
// needs to judge a whole cell (tests, a host checking its own files). See the package README, "Formula cells".

import { isFormulaTrigger, isInvisible } from './formulaTrigger.ts';

/**
 * A plain number: optional sign, digits with an optional decimal point, optional exponent. The fraction's digits
 * only after the point: `\d+\.?\d*` could split a run of digits between its two halves in as many ways as it is
 * long, and tried them all on a cell such as `-111…1x` (quadratic: seconds for a cell of 100,000 digits).
 */
export const plainNumberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a spreadsheet could evaluate this cell (its value, unquoted): a trigger as the first character, or
 * after leading invisible characters, unless the whole cell is a plain number (`-12.5`, `+3`, `-1e5` stay
 * numbers).
 *
 * @example
 * ```ts
 * isFormulaCell('=1+2'); // true
 * isFormulaCell('\u200B=1+2'); // true
 * isFormulaCell('-12.5'); // false
 * ```
 */
export function isFormulaCell(value: string): boolean {
  if (plainNumberPattern.test(value)) return false;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (isFormulaTrigger(code)) return true;
    if (!isInvisible(code)) return false;
  }
  return false;
}
