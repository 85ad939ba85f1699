// Walks the records of one whole CSV answer (a v2 export page) on its bytes: the one reading of CSV's structure
// that countCsvRecords and csvWithoutLastField share. The bytes that matter (`"`, `,`, CR, LF) never occur inside
// a multi-byte UTF-8 character, so the bytes can be read as they are; decoding each page to text for CsvScanner
// and encoding it again cost more than all the rest of the paged engine's own work (bench/README.md, Export).

import { COMMA, CR, CsvState, LF, QUOTE } from './csvSyntax.ts';

/**
 * One record: it starts at `start`; its last unquoted comma is at `lastComma` (-1 for a record of one field); its
 * line break runs from `breakStart` to `end` (both the length for a final record without one); it has `fields`
 * fields.
 */
export type CsvRecordVisitor = (
  start: number,
  lastComma: number,
  breakStart: number,
  end: number,
  fields: number,
) => void;

/**
 * Calls `visit` for each record of a CSV text's UTF-8 bytes, with CsvScanner's rules. Returns whether the text
 * ended inside a quoted field, which a whole text never does.
 */
export function forEachCsvRecord(bytes: Uint8Array, visit: CsvRecordVisitor): boolean {
  let state = CsvState.FieldStart;
  let recordStart = 0;
  let lastComma = -1;
  let fields = 1;
  let index = 0;
  // A byte-order mark is not part of the first cell, yet the record it starts is a record.
  let inRecord = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (inRecord) index = 3;
  for (; index < bytes.length; index++) {
    const code = bytes[index]!;
    if (state === CsvState.Quoted) {
      if (code === QUOTE) state = CsvState.QuoteInQuoted;
      continue;
    }
    if (code === CR || code === LF) {
      // CRLF is one line break.
      const end = code === CR && bytes[index + 1] === LF ? index + 2 : index + 1;
      visit(recordStart, lastComma, index, end, fields);
      index = end - 1;
      recordStart = end;
      lastComma = -1;
      fields = 1;
      inRecord = false;
      state = CsvState.FieldStart;
      continue;
    }
    inRecord = true;
    if (code === COMMA) {
      lastComma = index;
      fields++;
      state = CsvState.FieldStart;
    } else if (code === QUOTE) {
      // Opens a quoted field at a field's start, or (a doubled quote) goes back into one; elsewhere it is text.
      if (state === CsvState.FieldStart || state === CsvState.QuoteInQuoted) state = CsvState.Quoted;
    } else state = CsvState.Unquoted;
  }
  if (inRecord) visit(recordStart, lastComma, bytes.length, bytes.length, fields);
  return state === CsvState.Quoted;
}
