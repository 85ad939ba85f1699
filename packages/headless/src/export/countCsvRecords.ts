// Counts the records of one whole CSV answer (a v2 export page) on its bytes. The paged export needs two facts
// per page, how many rows it holds and where its header row ends (and, to join the pages by the row they share,
// where its first row ends and its last record starts), and nothing else.

import { forEachCsvRecord } from './forEachCsvRecord.ts';

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
  let records = 0;
  let headerEnd = bytes.length;
  let firstRowEnd = bytes.length;
  let lastRecordStart = bytes.length;
  forEachCsvRecord(bytes, (start, _lastComma, _breakStart, end) => {
    records++;
    lastRecordStart = start;
    if (records === 1) headerEnd = end;
    else if (records === 2) firstRowEnd = end;
  });
  return { records, headerEnd, firstRowEnd, lastRecordStart };
}
