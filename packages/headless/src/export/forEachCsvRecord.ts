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
 * Calls `visit` for each record of a CSV text's UTF-8 bytes, with CsvScanner's rules: an empty line is a record,
 * but not one that ends the text after a header of more than one field (a blank line closing the answer). Returns
 * whether the text ended inside a quoted field, which a whole text never does.
 */
export function forEachCsvRecord(bytes: Uint8Array, visit: CsvRecordVisitor): boolean {
  let state = CsvState.FieldStart;
  let recordStart = 0;
  let lastComma = -1;
  let fields = 1;
  // Fields of the first record, once it has ended (0 before).
  let headerFields = 0;
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
      // A row of the server's CSV has a field for every column, so after a header of several an empty line is no
      // row: at the end of the text it is a blank line the server added, not counted (the export would take it
      // for a row more than the events that match). One of a single column may be its empty cell, so it counts.
      if (!inRecord && end === bytes.length && headerFields > 1) break;
      if (headerFields === 0) headerFields = fields;
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
