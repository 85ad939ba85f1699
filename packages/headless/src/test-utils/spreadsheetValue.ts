// The model the export tests hold the engine to, written apart from its scanner: what a spreadsheet-format file
// holds for a value the server sent. Shared by the package's tests in Node and Chromium and by the repository's
// end-to-end and spreadsheet tests, so the rule is stated once.
import { isFormulaCell } from '../export/formulaCell.ts';

/** Where a field is in its record: its first (where a line, and the other reader's cell, begins) and its last. */
export interface CellPlace {
  first: boolean;
  last: boolean;
}

/**
 * A value as a `csv` (`separator` `,`) or `csv-semicolon` (`;`) file holds it: a `'` before it when it is a
 * formula, and before each piece of it that is one where a spreadsheet set to the other list separator starts a
 * cell: at the start of a line (the record's first field), after each other separator and each line break (the
 * field's opening quote is in the middle of that reader's cell, so it protects nothing), after an opening quote
 * if the piece has one. A piece such a cell starts runs on past the file's separator when it is the field's last
 * and the field does not end its record, so `-3` there is read `-3,…`. The mock's `\r=cr-led formula` is written
 * `'\r'=cr-led formula`. Decimal commas are the caller's.
 */
export function spreadsheetValue(
  value: string,
  separator: ',' | ';',
  place: CellPlace,
  /** The formula rule; a test that checks the rule itself passes its own, written apart from the library's. */
  isFormula: (cell: string) => boolean = isFormulaCell,
): string {
  const other = separator === ',' ? ';' : ',';
  // With a capturing group, split keeps what it splits on: pieces at even indexes, separators between.
  const pieces = value.split(new RegExp(`(${other}|\\r\\n|\\r|\\n)`));
  const runsOn = (index: number) => index === pieces.length - 1 && !place.last;
  const whole = isFormula(value) || (place.first && runsOn(0) && isFormula(value + separator));
  const parts = whole ? [`'${pieces[0]}`, ...pieces.slice(1)] : pieces;
  return parts
    .map((piece, index) => {
      if (index === 0 || index % 2 === 1) return piece;
      const quote = piece.startsWith('"') ? '"' : '';
      const rest = piece.slice(quote.length);
      return isFormula(runsOn(index) ? rest + separator : rest) ? `${quote}'${rest}` : piece;
    })
    .join('');
}
