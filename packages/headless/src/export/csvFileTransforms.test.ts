import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';
import { createCsvRewriter } from './createCsvRewriter.ts';
import { createByteOrderMark, createCsvTimeRewriter, leadingMarkDropped } from './createCsvTimeRewriter.ts';
import { chunked, pipeChunks } from '../test-utils/chunkedBytes.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';
import { csvTextTransform } from './csvTextTransform.ts';

type Format = 'csv' | 'csv-semicolon' | 'csv-plain';

/** The bytes that come out of `steps` when `bytes` go in cut at `cuts`, after an empty chunk. */
const run = async (
  bytes: Uint8Array,
  cuts: readonly number[],
  steps: TransformStream<Uint8Array, Uint8Array>[],
) => [...(await pipeChunks([new Uint8Array(0), ...chunked(bytes, cuts)], ...steps))];

/**
 * The format's file as the public byte transforms write it chained, one transform a step. They share their steps'
 * code with `csvFileTransforms`, so this checks how it joins them in one transform (order, mark, flush, counts);
 * what each step writes is checked against files written by hand below and in the steps' own tests.
 */
function chained(
  format: Format,
  timeColumns: readonly number[],
  byteOrderMark: boolean,
  neutralise: boolean | undefined,
  onRecords: (n: number) => void,
) {
  const spreadsheet = format !== 'csv-plain';
  const semicolons = format === 'csv-semicolon';
  // The spreadsheet formats drop the server's one mark as text, so their own is only added: a second U+FEFF the
  // server sent is the first header's text, kept like any other (createByteOrderMark would take it for a mark).
  const mark = () => (spreadsheet ? prependMark() : createByteOrderMark());
  return [
    // A mark the server sent, replaced by the file's own: before the rewriter reads the first header.
    ...(spreadsheet && byteOrderMark ? [csvTextTransform([leadingMarkDropped()])] : []),
    ...(spreadsheet ? [createCsvTimeRewriter({ timeZone: 'Asia/Kathmandu', timeColumns })] : []),
    ...(byteOrderMark && !semicolons ? [mark()] : []),
    createCsvNeutraliser({
      neutralise: neutralise ?? spreadsheet,
      otherSeparator: semicolons ? ',' : ';',
      onRecords,
    }),
    ...(semicolons ? [createCsvRewriter({ delimiter: ';', mapRecord: decimalCommas })] : []),
    ...(semicolons && byteOrderMark ? [mark()] : []),
  ];
}

/** The UTF-8 byte-order mark before a byte stream, whatever it starts with. */
const prependMark = () => {
  let sent = false;
  const send = (controller: TransformStreamDefaultController<Uint8Array>) => {
    if (!sent) controller.enqueue(new Uint8Array([0xef, 0xbb, 0xbf]));
    sent = true;
  };
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      send(controller);
      controller.enqueue(chunk);
    },
    flush: send,
  });
};

// The `;` file's decimal commas, as csvFileTransforms writes them.
const decimalCommas = (fields: string[], index: number) =>
  index === 0
    ? fields
    : fields.map((value) =>
        value.length < 32 && /^[-+]?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value,
      );

const encoder = new TextEncoder();
// Text with everything a step reacts to: separators, quotes, line breaks, triggers, decimals, times, a mark,
// characters of two, three and four bytes; and raw bytes, invalid UTF-8 and cut characters included.
const csvText = fc
  .array(
    fc.constantFrom(
      ...[
        'a',
        '7',
        '.',
        ',',
        ';',
        '"',
        '\r',
        '\n',
        '\r\n',
        ' ',
        '=',
        '-',
        '+',
        '@',
        '\t',
        'é',
        '’',
        '😀',
        '\uFEFF',
      ],
      ...['2026-03-29T01:30:00.000Z', '2021-04-07 10:50:40.201', '-12.5', '=HYPERLINK("x")'],
    ),
    { maxLength: 60 },
  )
  .map((parts) => encoder.encode(parts.join('')));
const anyBytes = fc.oneof(csvText, fc.uint8Array({ maxLength: 40 }));

describe('csvFileTransforms', () => {
  it('writes and counts exactly what its steps write chained one transform each, for any bytes cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.constantFrom<Format>('csv', 'csv-semicolon', 'csv-plain'),
        fc.constantFrom([], [0], [1, 2]),
        fc.boolean(),
        fc.constantFrom(undefined, true, false),
        async (bytes, cuts, format, timeColumns, byteOrderMark, neutraliseFormulas) => {
          const counts = { fused: [] as number[], chained: [] as number[] };
          const fused = await run(
            bytes,
            cuts,
            csvFileTransforms({
              format,
              timeZone: 'Asia/Kathmandu',
              timeColumns,
              byteOrderMark,
              ...(neutraliseFormulas !== undefined && { neutraliseFormulas }),
              onRecords: (n) => counts.fused.push(n),
            }),
          );
          const expected = await run(
            bytes,
            cuts,
            chained(format, timeColumns, byteOrderMark, neutraliseFormulas, (n) => counts.chained.push(n)),
          );
          expect(fused).toEqual(expected);
          expect(counts.fused.at(-1)).toBe(counts.chained.at(-1));
        },
      ),
      {
        numRuns: 600,
        // Found at random once: a server file of two marks (the second is its first header's text).
        examples: [[Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), [], 'csv', [], true, undefined]],
      },
    );
  });

  it('writes one byte-order mark when the server sent one, wherever the chunks cut it', async () => {
    const server = encoder.encode('\uFEFFTime,Action\r\n2021-04-07 10:50:40.201,login\r\n');
    const expected = {
      csv: '\uFEFFTime (UTC),UTC offset (Time),Action\r\n2021-04-07T10:50:40.201,UTC+00:00,login\r\n',
      'csv-semicolon':
        '\uFEFFTime (UTC);UTC offset (Time);Action\r\n2021-04-07T10:50:40.201;UTC+00:00;login\r\n',
      'csv-plain': '\uFEFFTime,Action\r\n2021-04-07 10:50:40.201,login\r\n',
    };
    for (const format of ['csv', 'csv-semicolon', 'csv-plain'] as const) {
      // Every cut in and around the mark, and two at once (one byte a chunk).
      for (const cuts of [[], [1], [2], [3], [4], [1, 2], [1, 2, 3]]) {
        const steps = csvFileTransforms({ format, timeZone: 'UTC', timeColumns: [0], byteOrderMark: true });
        const file = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
          new Uint8Array(await run(server, cuts, steps)),
        );
        expect(file, `${format} cut at ${cuts.join(',')}`).toBe(expected[format]);
      }
    }
  });

  it('adds the mark in place of a leading one only: bytes that start like one, and a later one, stay', async () => {
    const through = async (bytes: number[], cuts: number[]) => [
      ...(await pipeChunks(chunked(new Uint8Array(bytes), cuts), createByteOrderMark())),
    ];
    const mark = [0xef, 0xbb, 0xbf];
    expect(await through([], [])).toEqual(mark);
    expect(await through(mark, [])).toEqual(mark);
    expect(await through([...mark, 0x41], [1, 2])).toEqual([...mark, 0x41]);
    expect(await through([0xef, 0xbb], [1])).toEqual([...mark, 0xef, 0xbb]);
    expect(await through([0xef, 0xbb, 0x41], [2])).toEqual([...mark, 0xef, 0xbb, 0x41]);
    expect(await through([0x41, ...mark], [1])).toEqual([...mark, 0x41, ...mark]);
    expect(await through([...mark, ...mark], [])).toEqual([...mark, ...mark]);
  });

  it('writes a last record that has no line break, and a character the file ends inside as U+FFFD', async () => {
    const text = new TextEncoder().encode(
      'When,Who\r\n2026-03-29T01:30:00.000Z,=1+2\r\n2026-03-29T01:30:00.000Z,caf\u00e9',
    );
    const cut = text.slice(0, -1);
    const file = async (format: Format) =>
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        new Uint8Array(
          await run(cut, [20], csvFileTransforms({ format, timeZone: 'Europe/Paris', timeColumns: [0] })),
        ),
      );
    // 01:30 UTC on 29 March 2026 is 03:30 in Paris, an hour after the clocks went forward.
    expect(await file('csv')).toBe(
      '\uFEFFWhen (Europe/Paris),UTC offset (When),Who\r\n' +
        "2026-03-29T03:30:00.000,UTC+02:00,'=1+2\r\n" +
        '2026-03-29T03:30:00.000,UTC+02:00,caf\uFFFD\r\n',
    );
    expect(await file('csv-semicolon')).toBe(
      '\uFEFFWhen (Europe/Paris);UTC offset (When);Who\r\n' +
        "2026-03-29T03:30:00.000;UTC+02:00;'=1+2\r\n" +
        '2026-03-29T03:30:00.000;UTC+02:00;caf\uFFFD\r\n',
    );
  });
});
