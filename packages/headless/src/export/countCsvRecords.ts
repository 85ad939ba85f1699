// Counts the records of one whole CSV answer (a v2 export page) on its bytes. The paged export needs two facts
// per page, how many rows it holds and where its header row ends (and, to check that pages join without repeating
// an event, where its first row ends and its last record starts), and nothing else: decoding the page to text
// for CsvScanner and encoding it again cost more than all the rest of the paged engine's own work
// (bench/README.md, Export). The bytes that matter (`"`, `,`, CR, LF) never occur inside a multi-byte UTF-8
// character, so the bytes can be read as they are.

import { COMMA, CR, CsvState, LF, QUOTE } from './csvSyntax.ts';

/** What `countCsvRecords` finds. */
export interface CsvRecordCount {
  /** Records as CsvScanner counts them: every unquoted line break ends one, a final one without a break too. */
  records: number;
  /** Index just past the first record's line break (CRLF included), or the length when there is none. */
  headerEnd: number;
  /** Index just past the second record's line break (the first data row), or the length when there is none. */
  firstRowEnd: number;
  /** Index where the last record starts (the length when there is none). */
  lastRecordStart: number;
}

/** Counts the records of a complete CSV text's UTF-8 bytes, with CsvScanner's rules (the tests hold them equal). */
export function countCsvRecords(bytes: Uint8Array): CsvRecordCount {
  let state = CsvState.FieldStart;
  let records = 0;
  let headerEnd = bytes.length;
  let firstRowEnd = bytes.length;
  let recordStart = 0;
  let lastRecordStart = bytes.length;
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
      records++;
      inRecord = false;
      state = CsvState.FieldStart;
      // CRLF is one line break.
      if (code === CR && bytes[index + 1] === LF) index++;
      lastRecordStart = recordStart;
      recordStart = index + 1;
      if (records === 1) headerEnd = recordStart;
      else if (records === 2) firstRowEnd = recordStart;
      continue;
    }
    inRecord = true;
    if (code === COMMA) state = CsvState.FieldStart;
    else if (code === QUOTE) {
      // Opens a quoted field at a field's start, or (a doubled quote) goes back into one; elsewhere it is text.
      if (state === CsvState.FieldStart || state === CsvState.QuoteInQuoted) state = CsvState.Quoted;
    } else state = CsvState.Unquoted;
  }
  if (inRecord) {
    records++;
    lastRecordStart = recordStart;
  }
  return { records, headerEnd, firstRowEnd, lastRecordStart };
}
