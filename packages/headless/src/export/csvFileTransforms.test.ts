import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';
import { createCsvRewriter } from './createCsvRewriter.ts';
import { createByteOrderMark, createCsvTimeRewriter } from './createCsvTimeRewriter.ts';
import { chunked, pipeChunks } from '../test-utils/chunkedBytes.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';

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
  return [
    ...(spreadsheet ? [createCsvTimeRewriter({ timeZone: 'Asia/Kathmandu', timeColumns })] : []),
    ...(byteOrderMark && !semicolons ? [createByteOrderMark()] : []),
    createCsvNeutraliser({
      neutralise: neutralise ?? spreadsheet,
      otherSeparator: semicolons ? ',' : ';',
      onRecords,
    }),
    ...(semicolons ? [createCsvRewriter({ delimiter: ';', mapRecord: decimalCommas })] : []),
    ...(semicolons && byteOrderMark ? [createByteOrderMark()] : []),
  ];
}

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
      { numRuns: 600 },
    );
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
      '\uFEFFWhen (Europe/Paris),UTC offset,Who\r\n' +
        "2026-03-29T03:30:00.000,UTC+02:00,'=1+2\r\n" +
        '2026-03-29T03:30:00.000,UTC+02:00,caf\uFFFD\r\n',
    );
    expect(await file('csv-semicolon')).toBe(
      '\uFEFFWhen (Europe/Paris);UTC offset;Who\r\n' +
        "2026-03-29T03:30:00.000;UTC+02:00;'=1+2\r\n" +
        '2026-03-29T03:30:00.000;UTC+02:00;caf\uFFFD\r\n',
    );
  });
});
