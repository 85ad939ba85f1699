// The model the export tests hold the engine to, written apart from its scanner: what a spreadsheet-format file
// holds for a value the server sent. Shared by the package's tests in Node and Chromium and by the repository's
// end-to-end and spreadsheet tests, so the rule is stated once.
import { isFormulaCell } from '../export/formulaCell.ts';

/**
 * A value as a `csv` (`separator` `,`) or `csv-semicolon` (`;`) file holds it: a `'` before it when it is a
 * formula, and before each piece of it that is one where a spreadsheet set to the other list separator starts a
 * cell: after each other separator and each line break (the field's opening quote is in the middle of that
 * reader's cell, so it protects nothing), after an opening quote if the piece has one. The last piece runs on past
 * the file's separator unless the field ends its record (`endsRecord`), so `-3` there is read `-3,…`. The mock's
 * `\r=cr-led formula` is written `'\r'=cr-led formula`. Decimal commas are the caller's.
 */
export function spreadsheetValue(
  value: string,
  separator: ',' | ';',
  endsRecord: boolean,
  /** The formula rule; a test that checks the rule itself passes its own, written apart from the library's. */
  isFormula: (cell: string) => boolean = isFormulaCell,
): string {
  const other = separator === ',' ? ';' : ',';
  // With a capturing group, split keeps what it splits on: pieces at even indexes, separators between.
  const parts = (isFormula(value) ? `'${value}` : value).split(new RegExp(`(${other}|\\r\\n|\\r|\\n)`));
  return parts
    .map((piece, index) => {
      if (index === 0 || index % 2 === 1) return piece;
      const quote = piece.startsWith('"') ? '"' : '';
      const rest = piece.slice(quote.length);
      const runsOn = index === parts.length - 1 && !endsRecord;
      return isFormula(runsOn ? rest + separator : rest) ? `${quote}'${rest}` : piece;
    })
    .join('');
}
