import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';
import { chunked, pipeChunks } from '../test-utils/chunkedBytes.ts';
import { createCsvRewriter } from './createCsvRewriter.ts';

/** Runs `text` through a fresh transform, cut into two chunks at `cut`. */
async function through(make: () => TransformStream<Uint8Array, Uint8Array>, text: string, cut: number) {
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(text.slice(0, cut)));
      controller.enqueue(encoder.encode(text.slice(cut)));
      controller.close();
    },
  });
  return new Response(source.pipeThrough(make())).text();
}

// Malformed CSV from a server must not lose text: a quote inside an unquoted field is text, and so is text after a
// closing quote. Cut at every position, so the search for a field's end (not a loop over each character) is
// checked to stop and resume at every point of a field.
const malformed = 'a"b,"x"y,"q""r",,\r\n"multi\nline","=1+1" tail\nlast';

describe('createCsvRewriter on malformed CSV', () => {
  it('keeps every character of every field, however the text is cut', async () => {
    for (let cut = 0; cut <= malformed.length; cut++) {
      expect(await through(() => createCsvRewriter(), malformed, cut)).toBe(
        '"a""b",xy,"q""r",,\r\n"multi\nline",=1+1 tail\r\nlast\r\n',
      );
    }
  });

  it('counts the same records and neutralises the same cells, however the text is cut', async () => {
    for (let cut = 0; cut <= malformed.length; cut++) {
      let records = 0;
      const text = await through(
        () => createCsvNeutraliser({ onRecords: (count) => void (records = count) }),
        malformed,
        cut,
      );
      expect(text).toBe('a"b,"x"y,"q""r",,\r\n"multi\nline","\'=1+1" tail\nlast');
      expect(records).toBe(3);
    }
  });
});

// Every piece a record's copy depends on: quotes needed or not, doubled, empty, after a field's text; spaces at
// an end; empty fields and lines; CR, LF and CRLF; a mark; characters of two and four bytes.
const piece = fc.constantFrom(
  ...['a', '7', ' ', ',', '"', '""', '"a"', '"a,b"', '" a"', '"a""b"', '"x"y', '\r', '\n', '\r\n', 'é', '😀'],
  '\uFEFF',
);

describe('createCsvRewriter copying records whole', () => {
  it('writes any CSV, cut anywhere, exactly as it writes it field by field', async () => {
    const encoder = new TextEncoder();
    const write = async (text: string, cuts: number[], make: () => TransformStream<Uint8Array, Uint8Array>) =>
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await pipeChunks([new Uint8Array(0), ...chunked(encoder.encode(text), cuts)], make()),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (text, cuts) => {
          // A mapRecord that changes nothing turns the copy off: each record is split into fields and joined.
          const fieldByField = await write(text, cuts, () =>
            createCsvRewriter({ mapRecord: (fields) => fields }),
          );
          expect(await write(text, cuts, () => createCsvRewriter())).toBe(fieldByField);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
