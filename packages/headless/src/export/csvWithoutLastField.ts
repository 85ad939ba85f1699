// Takes the last field out of every record of one whole CSV answer, on its bytes. The paged export asks for the
// event id as an extra last column when the user's columns lack it, so that it can join its overlapping pages by
// event (overlappingPages.ts) and not by a row's values, which two events may share; the file must not show a
// column the user did not choose, so it goes again here. On bytes and with countCsvRecords' reading of them
// (forEachCsvRecord): decoding each page to text to drop one field would cost more than the rest of the engine.

import { forEachCsvRecord } from './forEachCsvRecord.ts';

/** The bytes without each record's last field and the comma before it; a record of one field is kept whole. */
export function csvWithoutLastField(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  const keep = (from: number, to: number) => {
    out.set(bytes.subarray(from, to), length);
    length += to - from;
  };
  // Records follow each other with nothing between them: each up to its last comma, then its line break.
  forEachCsvRecord(bytes, (start, lastComma, breakStart, end) => {
    keep(start, lastComma < 0 ? breakStart : lastComma);
    keep(breakStart, end);
  });
  return out.subarray(0, length);
}
