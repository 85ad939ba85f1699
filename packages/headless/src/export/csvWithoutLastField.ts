// Takes the last field out of every record of one whole CSV answer, on its bytes. The paged export asks for the
// event id as an extra last column when the user's columns lack it, so that it can join its overlapping pages by
// event (overlappingPages.ts) and not by a row's values, which two events may share; the file must not show a
// column the user did not choose, so it goes again here. On bytes and with countCsvRecords' reading of them
// (forEachCsvRecord): decoding each page to text to drop one field would cost more than the rest of the engine.

import { forEachCsvRecord } from './forEachCsvRecord.ts';

const emptyField = new Uint8Array([0x22, 0x22]);

/**
 * The bytes without each record's last field and the comma before it; a record of one field is kept whole. A record
 * left with one empty field (a single chosen column, empty for that event) is written `""`: as nothing it was a
 * blank line, which spreadsheets and CSV readers skip, so the file showed a row fewer than it held.
 */
export function csvWithoutLastField(bytes: Uint8Array): Uint8Array {
  let out = new Uint8Array(bytes.length);
  let length = 0;
  const put = (part: Uint8Array) => {
    // `""` can be longer than what it replaces (`,` and an empty last field): grow then.
    if (length + part.length > out.length) {
      const grown = new Uint8Array(Math.max(out.length * 2, length + part.length));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(part, length);
    length += part.length;
  };
  // Records follow each other with nothing between them: each up to its last comma, then its line break.
  forEachCsvRecord(bytes, (start, lastComma, breakStart, end) => {
    if (lastComma === start) put(emptyField);
    else put(bytes.subarray(start, lastComma < 0 ? breakStart : lastComma));
    put(bytes.subarray(breakStart, end));
  });
  return out.subarray(0, length);
}
