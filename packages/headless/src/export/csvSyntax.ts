// The characters and parser states every CSV transform of the export reads by: one definition for the scanner,
// the rewriter and the page counter, which must agree on where a field and a record end.

export const QUOTE = 34;
export const COMMA = 44;
export const CR = 13;
export const LF = 10;

const unquotedEnd = /[,\r\n]/g;

/**
 * Where the unquoted field going on at `from` ends: the index of the next `,`, CR or LF, or -1 when the text ends
 * first. Found by the engine's native search rather than a loop over each character: a field's text is most of
 * an export, and only its end changes what a reader does.
 */
export function unquotedFieldEnd(text: string, from: number): number {
  unquotedEnd.lastIndex = from;
  return unquotedEnd.test(text) ? unquotedEnd.lastIndex - 1 : -1;
}

/** Where a CSV reader is: before a field, inside an unquoted or a quoted one, or just after a quote in one. */
export const enum CsvState {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

const commaSpecial = /[",\r\n]/;

/**
 * One field as RFC 4180 writes it, and as the audits API's CSV does (the contract): quoted when it holds a quote,
 * the delimiter (`special`: a comma's by default), CR or LF, or starts or ends with a space, so no spreadsheet
 * trims it; quotes doubled. The space is checked apart from the character class: with the anchors in the same
 * pattern, the search was the slower part of writing a field.
 */
export function csvField(value: string, special: RegExp = commaSpecial): string {
  return special.test(value) || value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
