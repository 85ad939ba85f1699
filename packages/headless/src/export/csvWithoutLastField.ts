// Takes the last field out of every record of one whole CSV answer, on its bytes. The paged export asks for the
// event id as an extra last column when the user's columns lack it, so that it can join its overlapping pages by
// event (overlappingPages.ts) and not by a row's values, which two events may share; the file must not show a
// column the user did not choose, so it goes again here. Hand-written on bytes like countCsvRecords, and with its
// rules: decoding each page to text to drop one field would cost more than the rest of the engine's work.

import { COMMA, CR, CsvState, LF, QUOTE } from './csvSyntax.ts';

/** The bytes without each record's last field and the comma before it; a record of one field is kept whole. */
export function csvWithoutLastField(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let state = CsvState.FieldStart;
  let recordStart = 0;
  let lastComma = -1;
  const keep = (from: number, to: number) => {
    out.set(bytes.subarray(from, to), length);
    length += to - from;
  };
  for (let index = 0; index < bytes.length; index++) {
    const code = bytes[index]!;
    if (state === CsvState.Quoted) {
      if (code === QUOTE) state = CsvState.QuoteInQuoted;
      continue;
    }
    if (code === CR || code === LF) {
      // CRLF is one line break.
      const breakEnd = code === CR && bytes[index + 1] === LF ? index + 2 : index + 1;
      keep(recordStart, lastComma < 0 ? index : lastComma);
      keep(index, breakEnd);
      index = breakEnd - 1;
      recordStart = breakEnd;
      lastComma = -1;
      state = CsvState.FieldStart;
      continue;
    }
    if (code === COMMA) {
      lastComma = index;
      state = CsvState.FieldStart;
    } else if (code === QUOTE) {
      // Opens a quoted field at a field's start, or (a doubled quote) goes back into one; elsewhere it is text.
      if (state === CsvState.FieldStart || state === CsvState.QuoteInQuoted) state = CsvState.Quoted;
    } else state = CsvState.Unquoted;
  }
  if (recordStart < bytes.length) keep(recordStart, lastComma < 0 ? bytes.length : lastComma);
  return out.subarray(0, length);
}
