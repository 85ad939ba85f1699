import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCsvRecords } from './countCsvRecords.ts';
import { CsvScanner } from './CsvScanner.ts';
import { csvWithoutLastField } from './csvWithoutLastField.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const concat = (a: Uint8Array, b: Uint8Array) => {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
};

/** The text way the paged export counted before: CsvScanner over the decoded page. */
function scannerCount(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const scanner = new CsvScanner(false);
  let headerEnd = text.length;
  for (let index = 0; index < text.length; index++) {
    scanner.push(text[index]!);
    if (scanner.records === 1) {
      headerEnd = text[index] === '\r' && text[index + 1] === '\n' ? index + 2 : index + 1;
      break;
    }
  }
  const whole = new CsvScanner(false);
  whole.push(text);
  whole.finish();
  return { records: whole.records, header: text.slice(0, headerEnd), cutShort: whole.cutShort };
}

// CSV's structure characters weighted up, with text that takes one to four bytes in UTF-8.
const csvText = fc
  .array(fc.constantFrom('"', '""', ',', '\r', '\n', '\r\n', 'a', 'é', '€', '😀', ' '), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('countCsvRecords', () => {
  it('counts records, finds the header end and tells a cut last row as CsvScanner does, on any CSV text', () => {
    fc.assert(
      fc.property(fc.boolean(), csvText, (bom, text) => {
        const bytes = encode((bom ? '\uFEFF' : '') + text);
        const expected = scannerCount(bytes);
        const { records, headerEnd, cutShort } = countCsvRecords(bytes);
        expect(records).toBe(expected.records);
        expect(cutShort).toBe(expected.cutShort);
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, headerEnd))).toBe(
          expected.header,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('finds where the first data row ends and the last record starts, on any CSV text', () => {
    fc.assert(
      fc.property(fc.boolean(), csvText, (bom, text) => {
        const bytes = encode((bom ? '\uFEFF' : '') + text);
        const { records, recordsEnd, headerEnd, firstRowEnd, lastRecordStart } = countCsvRecords(bytes);
        // Each piece, read from where it starts, is whole records: exactly one where one is expected. Whether a
        // blank line at the end counts depends on the header, so the last record is read after the header, and
        // what comes before it with a record after (`x`), which no blank line ends.
        if (records >= 2) expect(countCsvRecords(bytes.subarray(headerEnd, firstRowEnd)).records).toBe(1);
        else expect(firstRowEnd).toBe(bytes.length);
        if (records >= 2) {
          // With CRLF for its line break: a lone CR would make one line break with an LF the piece starts with.
          const crlf = bytes[headerEnd - 2] === 13 && bytes[headerEnd - 1] === 10;
          const header = concat(bytes.subarray(0, headerEnd - (crlf ? 2 : 1)), encode('\r\n'));
          expect(countCsvRecords(concat(header, bytes.subarray(lastRecordStart))).records).toBe(2);
        } else if (records === 1) expect(countCsvRecords(bytes.subarray(lastRecordStart)).records).toBe(1);
        else expect(lastRecordStart).toBe(bytes.length);
        if (records >= 1) {
          expect(countCsvRecords(concat(bytes.subarray(0, lastRecordStart), encode('x'))).records).toBe(
            records,
          );
        }
        // Past the last record, only the blank line left uncounted.
        expect(['', '\n', '\r', '\r\n']).toContain(new TextDecoder().decode(bytes.subarray(recordsEnd)));
        if (recordsEnd < bytes.length) {
          expect(countCsvRecords(concat(bytes.subarray(0, recordsEnd), encode('x'))).records).toBe(
            records + 1,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the same records on bytes that are not valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), (bytes) => {
        expect(countCsvRecords(bytes).records).toBe(scannerCount(bytes).records);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each record’s start and key, its last field or the field at an index, line break left out', () => {
    const long = `"${'é'.repeat(100)}"`;
    const page = encode(`A,id\r\n"x,1",e1\r\nlonely\r\ny,"e,2"\r\nz,${long}`);
    const fields = countCsvRecords(page, 'last-field');
    expect(fields.starts).toEqual([0, 6, 16, 24, 33]);
    expect(fields.keys?.slice(0, 4)).toEqual(['id', 'e1', 'lonely', '"e,2"']);
    // A byte a character, however long the field.
    expect(fields.keys?.[4]).toBe(String.fromCharCode(...encode(long)));
    const huge = encode(`a,${'é'.repeat(5000)}`);
    expect(countCsvRecords(huge, 'last-field').keys?.[0]).toBe(String.fromCharCode(...huge.subarray(2)));
    expect(countCsvRecords(page, 0).keys).toEqual(['A', '"x,1"', 'lonely', 'y', 'z']);
    expect(countCsvRecords(page).keys).toBeUndefined();
  });

  it('takes a blank line closing a page of several columns for no row; one elsewhere is a record', () => {
    const page = 'Time,Action\r\n2026-01-01,a\r\n2026-01-02,b\r\n';
    const rows = page.length;
    expect(countCsvRecords(encode(`${page}\r\n`))).toMatchObject({
      records: 3,
      recordsEnd: rows,
      cutShort: false,
    });
    expect(countCsvRecords(encode(`${page}\n`))).toMatchObject({ records: 3, recordsEnd: rows });
    expect(countCsvRecords(encode('Time,Action\r\n\r\n'))).toMatchObject({ records: 1, recordsEnd: 13 });
    // Only the one closing the text: a blank line in the middle, or before it, is a record (a defect to report).
    expect(countCsvRecords(encode(`${page}\r\n\r\n`)).records).toBe(4);
    expect(countCsvRecords(encode('Time,Action\r\n\r\n2026-01-01,a\r\n')).records).toBe(3);
    // A single column's empty line may be its empty cell: a row still.
    expect(countCsvRecords(encode('Action\r\na\r\n\r\n')).records).toBe(3);
    // The stream's count agrees, however the text comes: the blank line is counted only once a record follows it.
    for (const text of [`${page}\r\n`, `${page}\r\n\r\n`, 'Time,Action\r\n\r\n2026-01-01,a']) {
      const scanner = new CsvScanner(false);
      for (const character of text) scanner.push(character);
      scanner.finish();
      expect(scanner.records).toBe(countCsvRecords(encode(text)).records);
    }
    // Its key and start are not asked for either, and the page without the id column keeps no blank line.
    const keyed = countCsvRecords(encode(`Time,Action,id\r\n2026-01-01,a,e1\r\n\r\n`), 'last-field');
    expect(keyed).toMatchObject({ records: 2, starts: [0, 16], keys: ['id', 'e1'] });
    expect(
      new TextDecoder().decode(csvWithoutLastField(encode(`Time,Action,id\r\n2026-01-01,a,e1\r\n\r\n`))),
    ).toBe('Time,Action\r\n2026-01-01,a\r\n');
  });

  it('reads a v2 page: a header, rows with quoted line breaks and doubled quotes, CRLF', () => {
    const page = encode('Time,Description\r\n2026-01-01,"two\r\nlines"\r\n2026-01-02,"say ""hi"""\r\n');
    const header = 'Time,Description\r\n'.length;
    const firstRow = '2026-01-01,"two\r\nlines"\r\n'.length;
    expect(countCsvRecords(page)).toEqual({
      records: 3,
      recordsEnd: page.length,
      headerEnd: header,
      firstRowEnd: header + firstRow,
      lastRecordStart: header + firstRow,
      cutShort: false,
    });
    // The same page cut in its last row: inside the quoted field, then with a field missing.
    expect(countCsvRecords(page.subarray(0, page.length - 3)).cutShort).toBe(true);
    expect(countCsvRecords(encode('Time,Description\r\n2026-01-01')).cutShort).toBe(true);
    expect(countCsvRecords(encode('only,a,header'))).toEqual({
      records: 1,
      recordsEnd: 13,
      headerEnd: 13,
      firstRowEnd: 13,
      lastRecordStart: 0,
      cutShort: false,
    });
    expect(countCsvRecords(new Uint8Array())).toEqual({
      records: 0,
      recordsEnd: 0,
      headerEnd: 0,
      firstRowEnd: 0,
      lastRecordStart: 0,
      cutShort: false,
    });
  });
});
