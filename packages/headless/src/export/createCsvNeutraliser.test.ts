import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';
import { CsvScanner } from './CsvScanner.ts';
import { isFormulaCell } from './formulaCell.ts';

const encoder = new TextEncoder();
// The README's list: ASCII triggers, then the full-width and small-form twins spreadsheets fold to ASCII.
const triggers = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];
/** Characters a reader cannot see (or a spreadsheet skips) before a cell's first visible one. */
const invisibles = [
  ' ',
  '\u00A0',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u2060',
  '\uFEFF',
  '\u3000',
  '\u202F',
  '\u00AD',
  '\u180E',
  '\u2028',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u034F',
  '\u115F',
  '\u{E0001}',
  '\u{E0020}',
  '\u{E0041}',
  '\u{E007F}',
  '\u{E0100}',
  '\u{1D173}',
  '\v',
  '\f',
  '\n',
  '\t',
  '\r',
];

// The rule, written independently of the scanner: a regular expression over the whole cell.
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const charClass = (chars: readonly string[]) => chars.map((c) => (c === '-' ? '\\-' : c)).join('');
// Invisible, as the README states the rule: Unicode white space, controls, format characters (tags included) and
// default-ignorable code points, and the Braille blank.
const invisibleClass = String.raw`\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800`;
const evaluated = new RegExp(`^[${invisibleClass}]*[${charClass(triggers)}]`, 'u');
/** What a spreadsheet would evaluate: the oracle of these tests. */
const isFormula = (value: string) => !plainNumber.test(value) && evaluated.test(value);
const expectedCell = (value: string) => (isFormula(value) ? `'${value}` : value);

const plainNumberCell = fc
  .tuple(
    fc.constantFrom('', '+', '-'),
    fc.oneof(
      fc.stringMatching(/^\d{1,12}$/),
      fc.stringMatching(/^\d{1,6}\.\d{0,6}$/),
      fc.stringMatching(/^\.\d{1,6}$/),
    ),
    fc.oneof(fc.constant(''), fc.stringMatching(/^[eE][+-]?\d{1,3}$/)),
  )
  .map((parts) => parts.join(''));
/** Cells a spreadsheet would evaluate: invisible characters, then a trigger, then anything. */
const formulaCell = fc
  .tuple(
    fc.array(fc.constantFrom(...invisibles), { maxLength: 4 }),
    fc.constantFrom(...triggers),
    fc.oneof(
      fc.constantFrom(
        '1+2',
        'HYPERLINK("http://x","y")',
        "cmd|' /C calc'!A0",
        'SUM(A1:A2)',
        '12.5+A1',
        '1e5x',
      ),
      fc.string({ maxLength: 8, unit: 'binary' }),
    ),
  )
  .map(([lead, trigger, rest]) => lead.join('') + trigger + rest)
  .filter((value) => !plainNumber.test(value));

/** RFC 4180 as the contract writes it; `forceQuotes` quotes cells that need no quotes too. */
function csvField(value: string, forceQuote: boolean): string {
  const needs = forceQuote || /[",\r\n]/.test(value) || /^ | $/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsv(rows: readonly (readonly string[])[], quoting: readonly boolean[]): string {
  let index = 0;
  return rows
    .map(
      (row) =>
        row.map((cell) => csvField(cell, quoting[index++ % quoting.length] ?? false)).join(',') + '\r\n',
    )
    .join('');
}

/** Splits bytes at the given cut points (so quoted fields, CRLF and UTF-8 sequences cross chunks). */
function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.slice(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

async function run(chunks: readonly Uint8Array[], options?: Parameters<typeof createCsvNeutraliser>[0]) {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const out = source.pipeThrough(createCsvNeutraliser(options));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

// Every row ends with CRLF, so Papa's last row is the empty one after the final line break.
const parse = (text: string) =>
  Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' }).data.slice(0, -1);

const cell = fc.oneof(
  fc.string({ maxLength: 12, unit: 'binary' }),
  fc
    .tuple(fc.constantFrom(...triggers), fc.string({ maxLength: 8, unit: 'binary' }))
    .map(([t, rest]) => t + rest),
  plainNumberCell,
  formulaCell,
  fc.constantFrom(
    '',
    '"',
    '""',
    ',',
    '=1+2',
    '-5',
    '@SUM(A1)',
    ' lead',
    'trail ',
    "'already",
    'ü€😀',
    '-',
    '+.',
    '1e',
  ),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe('createCsvNeutraliser', () => {
  it('prefixes a quote to formula cells, quoted or not, and nothing else', async () => {
    const input = 'Action,Description\r\n=HYPERLINK("x"),ok\r\n"@cmd","-1+A1"\r\nplain,"a,=b"\r\n';
    const output = new TextDecoder().decode(await run([encoder.encode(input)]));
    expect(output).toBe(
      'Action,Description\r\n\'=HYPERLINK("x"),ok\r\n"\'@cmd","\'-1+A1"\r\nplain,"a,=b"\r\n',
    );
  });

  it('handles a quoted field whose first character arrives in the next chunk', async () => {
    const output = await run([
      encoder.encode('a,"'),
      encoder.encode('=x"\r'),
      encoder.encode('\n"""=no"\r\n'),
    ]);
    expect(new TextDecoder().decode(output)).toBe('a,"\'=x"\r\n"""=no"\r\n');
  });

  it('keeps a byte-order mark, and neutralises a trigger right after it', async () => {
    const output = await run([encoder.encode('\uFEFF=cmd,Action\r\n2026,=x\r\n')]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(output)).toBe(
      "\uFEFF'=cmd,Action\r\n2026,'=x\r\n",
    );
  });

  // Defect 8 of issue 10: the probe's cells, each as it must come out.
  it.each([
    [' =1+2', "' =1+2"],
    ['\u00A0=1+2', "'\u00A0=1+2"],
    ['\u200B=1+2', "'\u200B=1+2"],
    ['\n=1+2', "'\n=1+2"],
    ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
    ['  \u200B+cmd', "'  \u200B+cmd"],
    ['＝1+2', "'＝1+2"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    // Invisible characters the first rule missed: Unicode tag characters (astral, two UTF-16 units each), the
    // invisible operators, a variation selector supplement and musical formatting controls.
    ['\u{E0001}\u{E0041}=1+2', "'\u{E0001}\u{E0041}=1+2"],
    ['\u{E007F}@SUM(A1)', "'\u{E007F}@SUM(A1)"],
    [' \u{E0020}\u200B+cmd', "' \u{E0020}\u200B+cmd"],
    ['\u2061\u2062\u2063\u2064=1', "'\u2061\u2062\u2063\u2064=1"],
    ['\u{E0100}=1', "'\u{E0100}=1"],
    ['\u{1D173}-cmd', "'\u{1D173}-cmd"],
    ['\u00AD\u180E\uFEFF=1', "'\u00AD\u180E\uFEFF=1"],
    ['x\uFEFF=1', 'x\uFEFF=1'],
    ['😀=1', '😀=1'],
    ['\u{E0041}😀=1', '\u{E0041}😀=1'],
    ['-12.5', '-12.5'],
    ['-7', '-7'],
    ['+3', '+3'],
    ['-0', '-0'],
    ['-1e5', '-1e5'],
    ['-1e5+A1', "'-1e5+A1"],
    ['-', "'-"],
    ['2026', '2026'],
    [' plain', ' plain'],
  ])('turns %j into %j', async (value, expected) => {
    const csv = (cell: string) => `a,"${cell.replace(/"/g, '""')}",b\r\n`;
    const output = new TextDecoder().decode(await run([encoder.encode(csv(value))]));
    expect(output).toBe(csv(expected));
    expect(parse(output)).toEqual([['a', expected, 'b']]);
  });

  it('decides a cell still undecided when the stream ends without a line break', async () => {
    const text = async (...chunks: string[]) =>
      new TextDecoder().decode(await run(chunks.map((chunk) => encoder.encode(chunk))));
    expect(await text('a,-1', '2')).toBe('a,-12');
    expect(await text('a,-1', '2x')).toBe("a,'-12x");
    expect(await text('a,"\u200B', ' ', '=1"')).toBe('a,"\'\u200B =1"');
    expect(await text('a, ', ' ')).toBe('a,  ');
  });

  it('holds at most 4,096 undecided characters of a cell, then neutralises it', async () => {
    const long = `-${'1'.repeat(5000)}`;
    const output = new TextDecoder().decode(await run([encoder.encode(`${long}\r\n`)]));
    expect(output).toBe(`'${long}\r\n`);
  });

  it('passes bytes through unchanged when turned off, still counting records', async () => {
    const input = encoder.encode('h1,h2\r\n=a,"multi\r\nline"\r\n\r\n+b,c\r\n');
    let records = 0;
    const output = await run(chunked(input, [3, 9, 17, 20]), {
      neutralise: false,
      onRecords: (n) => (records = n),
    });
    expect(output).toEqual(input);
    expect(records).toBe(4);
  });

  it('property: a plain number is never altered, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(plainNumberCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 16 }),
        async (rows, quoting, cuts) => {
          const bytes = encoder.encode(toCsv(rows, quoting));
          expect(await run(chunked(bytes, cuts))).toEqual(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: no cell a spreadsheet would evaluate survives, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.oneof(formulaCell, cell), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.nat(), { maxLength: 16 }),
        async (rows, quoting, cuts) => {
          const bytes = encoder.encode(`h\r\n${toCsv(rows, quoting)}`);
          const output = parse(new TextDecoder().decode(await run(chunked(bytes, cuts))));
          for (const row of output) for (const value of row) expect(isFormula(value)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: the output parses back to the input, formula cells neutralised, nothing else changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, quoting, cuts) => {
          // A header row first, so a first cell starting with U+FEFF is not read as the file's byte-order mark.
          const bytes = encoder.encode(`h\r\n${toCsv(rows, quoting)}`);
          let records = 0;
          const output = new TextDecoder().decode(
            await run(chunked(bytes, cuts), { onRecords: (n) => (records = n) }),
          );
          expect(parse(output).slice(1)).toEqual(rows.map((row) => row.map(expectedCell)));
          expect(records).toBe(rows.length + 1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with isFormulaCell, the rule the scanner follows, on any cell', () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(isFormulaCell(value)).toBe(isFormula(value));
      }),
      // Every trigger alone, each run: a random run once drew '﹢' (U+FE62), which this oracle then lacked.
      { numRuns: 2000, examples: triggers.map((trigger) => [trigger] as [string]) },
    );
  });

  it('property: any bytes, valid UTF-8 or not, come out as one decode, scan and encode of the whole would write them', async () => {
    // The transform passes a chunk's own bytes on when nothing in it changes: that must never let through bytes
    // the decoder would have replaced (invalid UTF-8) or split (a character cut between chunks).
    const whole = (bytes: Uint8Array) => {
      const scanner = new CsvScanner(true);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      return encoder.encode(scanner.push(text) + scanner.finish());
    };
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.string({ maxLength: 12, unit: 'binary' }).map((text) => encoder.encode(text)),
      fc.constantFrom(
        ...['=1+1', '-12.5', ',', '"', '\r\n', 'é', '€', '😀'].map((text) => encoder.encode(text)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (pieces, cuts) => {
          const bytes = new Uint8Array(pieces.flatMap((bytes) => [...bytes]));
          expect(await run(chunked(bytes, cuts))).toEqual(whole(bytes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: with neutralisation off the bytes are identical, however they are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 12 }), async (rows, cuts) => {
        const bytes = encoder.encode(toCsv(rows, [false]));
        expect(await run(chunked(bytes, cuts), { neutralise: false })).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });
});
