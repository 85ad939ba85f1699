// Counts the records of one whole CSV answer (a v2 export page) on its bytes. The paged export needs two facts
// per page, how many rows it holds and where its header row ends (and, to join the pages by the row they share,
// where its first row ends and its last record starts), and nothing else.

import { csvFieldAt } from './csvFieldAt.ts';
import { forEachCsvRecord } from './forEachCsvRecord.ts';

/** What `countCsvRecords` finds. */
export interface CsvRecordCount {
  /**
   * Records as CsvScanner counts them: every unquoted line break ends one, a final one without a break too; a blank
   * line ending a text whose header has more than one field is no record (forEachCsvRecord).
   */
  records: number;
  /** Index just past the last record: the length, or where an uncounted blank line at the end starts. */
  recordsEnd: number;
  /** Index just past the first record's line break (CRLF included), or the length when there is none. */
  headerEnd: number;
  /** Index just past the second record's line break (the first data row), or the length when there is none. */
  firstRowEnd: number;
  /** Index where the last record starts (the length when there is none). */
  lastRecordStart: number;
  /** With `keys`: index where each record starts, in order. */
  starts?: number[] | undefined;
  /**
   * With `keys`: each record's last field, or its field at that index, as it is in the bytes (quotes included): a
   * key to compare, not text to show.
   */
  keys?: string[] | undefined;
  /**
   * Whether the text ends partway through its last row, as CsvScanner's `cutShort` says: inside a quoted field,
   * or without a line break and with fewer fields than the header row (a row of the server's CSV has a field for
   * every column). A row cut inside its last unquoted field cannot be told from a whole one.
   */
  cutShort: boolean;
}

/**
 * Counts the records of a complete CSV text's UTF-8 bytes, with CsvScanner's rules (the tests hold them equal); with
 * `keys`, also where each record starts and a key of each: its last field (the event id the paged export added) or
 * the field at that index (the id among the user's columns), to join the pages by event.
 */
export function countCsvRecords(bytes: Uint8Array, keys?: 'last-field' | number): CsvRecordCount {
  let records = 0;
  let headerEnd = bytes.length;
  let firstRowEnd = bytes.length;
  let lastRecordStart = bytes.length;
  let recordsEnd = 0;
  const starts: number[] = [];
  const recordKeys: string[] = [];
  let headerFields = 0;
  // The fields of a final record without a line break: only such a record can be cut short (as in CsvScanner).
  let unbrokenFields = Infinity;
  const endedQuoted = forEachCsvRecord(bytes, (start, lastComma, breakStart, end, fields) => {
    records++;
    lastRecordStart = start;
    recordsEnd = end;
    if (breakStart === end) unbrokenFields = fields;
    if (records === 1) {
      headerEnd = end;
      headerFields = fields;
    } else if (records === 2) firstRowEnd = end;
    if (keys === undefined) return;
    starts.push(start);
    const [from, to] =
      keys === 'last-field'
        ? [lastComma < 0 ? start : lastComma + 1, breakStart]
        : csvFieldAt(bytes, start, breakStart, keys);
    recordKeys.push(bytesKey(bytes.subarray(from, to)));
  });
  const cutShort = endedQuoted || unbrokenFields < headerFields;
  return keys !== undefined
    ? { records, recordsEnd, headerEnd, firstRowEnd, lastRecordStart, starts, keys: recordKeys, cutShort }
    : { records, recordsEnd, headerEnd, firstRowEnd, lastRecordStart, cutShort };
}

/**
 * Bytes as a string to compare, a byte a character, so only the same bytes give the same key. `apply` reads the
 * typed array as it is (a spread copied it first and made the paged export 10% slower in Node), a slice at a
 * time: an id is a few dozen bytes, but a whole record can be long, and too many arguments overflow the stack.
 */
function bytesKey(bytes: Uint8Array): string {
  if (bytes.length <= 4096) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let key = '';
  for (let index = 0; index < bytes.length; index += 4096)
    key += String.fromCharCode.apply(null, bytes.subarray(index, index + 4096) as unknown as number[]);
  return key;
}
