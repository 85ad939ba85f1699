// One field of one record of a CSV answer, on its bytes: the paged export's event id when the user's columns hold
// it (its place among them), to join the pages by. With CsvScanner's rules, as forEachCsvRecord reads them: a quote
// opens a quoted field only at the field's start, and inside one a doubled quote is text.

import { COMMA, CsvState, QUOTE } from './csvSyntax.ts';

/**
 * Where field `index` of the record `bytes[start, end)` (its line break left out) starts and ends, quotes
 * included; an empty range at `end` when the record has fewer fields.
 */
export function csvFieldAt(bytes: Uint8Array, start: number, end: number, index: number): [number, number] {
  let state = CsvState.FieldStart;
  let field = 0;
  let fieldStart = start;
  for (let at = start; at < end; at++) {
    const code = bytes[at]!;
    if (state === CsvState.Quoted) {
      if (code === QUOTE) state = CsvState.QuoteInQuoted;
    } else if (code === COMMA) {
      if (field === index) return [fieldStart, at];
      field++;
      fieldStart = at + 1;
      state = CsvState.FieldStart;
    } else if (code === QUOTE && (state === CsvState.FieldStart || state === CsvState.QuoteInQuoted))
      state = CsvState.Quoted;
    else state = CsvState.Unquoted;
  }
  return field === index ? [fieldStart, end] : [end, end];
}
