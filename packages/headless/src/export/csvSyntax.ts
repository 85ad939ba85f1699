// The characters and parser states every CSV transform of the export reads by: one definition for the scanner,
// the rewriter and the page counter, which must agree on where a field and a record end.

export const QUOTE = 34;
export const COMMA = 44;
export const CR = 13;
export const LF = 10;

/** Where a CSV reader is: before a field, inside an unquoted or a quoted one, or just after a quote in one. */
export const enum CsvState {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}
