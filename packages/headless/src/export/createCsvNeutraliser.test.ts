import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser, type CsvNeutraliserOptions } from './createCsvNeutraliser.ts';
import { chunked, pipeChunks } from '../test-utils/chunkedBytes.ts';
import { CsvScanner } from './CsvScanner.ts';
import { isFormulaCell } from './formulaCell.ts';
import { spreadsheetValue, type CellPlace } from '../test-utils/spreadsheetValue.ts';

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

async function run(chunks: readonly Uint8Array[], options?: Parameters<typeof createCsvNeutraliser>[0]) {
  return pipeChunks(chunks, createCsvNeutraliser(options));
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

  it('keeps a character split across chunks whole when an empty chunk comes between its parts', async () => {
    // `café,ok` and an emoji, each cut inside its UTF-8 bytes, with an empty chunk in the cut (a stream may send
    // one); the bytes held by the decoder must not be skipped by the pass-through of the next chunk.
    const bytes = encoder.encode('café,ok\r\n😀,1\r\n');
    const chunks = [
      bytes.slice(0, 4),
      new Uint8Array(0),
      bytes.slice(4, 15),
      new Uint8Array(0),
      bytes.slice(15),
    ];
    expect(new TextDecoder().decode(await run(chunks))).toBe('café,ok\r\n😀,1\r\n');
    expect(await run(chunks)).toEqual(bytes);
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
    // The LF is the cell's first character (a trigger), and it ends the line of a spreadsheet that splits on `;`,
    // for which `=1+2",b` starts the next line: neutralised there too.
    ['\n=1+2', "'\n'=1+2"],
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

  it('property: a plain number is never altered, wherever the chunks are cut, but where a line starts with a signed one that runs on', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(plainNumberCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 16 }),
        async (rows, quoting, cuts) => {
          const bytes = encoder.encode(toCsv(rows, quoting));
          // A spreadsheet reading the file on `;` sees each line as one cell: `-1,2` there is no number.
          const expected = rows.map((row) =>
            row.map((value, column) =>
              column === 0 && row.length > 1 && /^[+-]/.test(value) ? `'${value}` : value,
            ),
          );
          const output = new TextDecoder().decode(await run(chunked(bytes, cuts)));
          expect(parse(output)).toEqual(expected);
          if (!expected.some((row) => row[0]?.startsWith("'")))
            expect(output).toBe(new TextDecoder().decode(bytes));
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
          // The cells the other reader sees start are judged too (see below); these cells seldom hold a `;`, but
          // their line breaks (a trigger, an invisible character) are common.
          expect(parse(output).slice(1)).toEqual(
            rows.map((row) => row.map((value, column) => otherView(value, ',', placeOf(column, row)))),
          );
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

/**
 * What a spreadsheet-format file holds for `value` written with `separator` (`spreadsheetValue`, the model the
 * export tests share, written independently of the scanner: the other reader's cells too), judged by this file's
 * own formula rule.
 */
const otherView = (value: string, separator: ',' | ';', place: CellPlace) =>
  spreadsheetValue(value, separator, place, isFormula);

/** Where the field at `column` of `row` is in its record. */
const placeOf = (column: number, row: readonly unknown[]): CellPlace => ({
  first: column === 0,
  last: column === row.length - 1,
});

/** Text as the transform writes it, from chunks cut out of `text`'s UTF-8 at `cuts`. */
async function neutralised(text: string, cuts: readonly number[] = [], options?: CsvNeutraliserOptions) {
  return new TextDecoder().decode(await run(chunked(encoder.encode(text), cuts), options));
}

// A spreadsheet set to the other list separator splits a line there too (Excel in a German locale opens a comma
// file on `;`), quoted field or not: a quote in the middle of its cell is a character.
describe('createCsvNeutraliser and the other separator', () => {
  it("neutralises the reviewer's row: split on `;` it holds the cell =cmd|' /C calc'!A0", async () => {
    expect(await neutralised("login,x;=cmd|' /C calc'!A0\r\n")).toBe("login,x;'=cmd|' /C calc'!A0\r\n");
  });

  it.each([
    ['x;=1+2', "x;'=1+2"],
    ['x;@SUM(A1)', "x;'@SUM(A1)"],
    ['x;+cmd', "x;'+cmd"],
    ['x;-3+A1', "x;'-3+A1"],
    ['x;-', "x;'-"],
    ['x;\t=1', "x;'\t=1"],
    ['x; \u200B=1', "x;' \u200B=1"],
    ['x;\u{E0041}=1', "x;'\u{E0041}=1"],
    ['x;＝1', "x;'＝1"],
    ['x;;=1', "x;;'=1"],
    ['x;a;=1;b;+2x;+2', "x;a;'=1;b;'+2x;+2"],
    // The cell's own start and an other cell's, each neutralised.
    ['-1;=2', "'-1;'=2"],
    ['=1;=2', "'=1;'=2"],
    // The other reader opens a quoted cell after the separator and evaluates what it holds.
    ['x;"=1+2"', 'x;"\'=1+2"'],
    ['x;" =1', 'x;"\' =1'],
    // Plain numbers stay numbers, here as anywhere; so does any cell with no trigger first.
    ['1;-3', '1;-3'],
    ['1;-12.5;+3;-1e5;.5', '1;-12.5;+3;-1e5;.5'],
    ['x;"-3', 'x;"-3'],
    ['x;b=1', 'x;b=1'],
    ['x; b', 'x; b'],
    ['x;""=1', 'x;""=1'],
    ['x;😀=1', 'x;😀=1'],
    ['x;', 'x;'],
  ])('turns the last field %j into %j, quoted or not', async (value, expected) => {
    const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    expect(await neutralised(`a,${quoted(value)}\r\n`)).toBe(`a,${quoted(expected)}\r\n`);
    expect(otherView(value, ',', { first: false, last: true })).toBe(expected);
    // Unquoted where that is still CSV (a quote inside an unquoted field is text, the same for the scanner).
    if (!/[\r\n]/.test(value)) expect(await neutralised(`a,${value}\r\n`)).toBe(`a,${expected}\r\n`);
  });

  it.each([
    // A record's first field begins the other reader's line, so its cell too: read on `;`, the whole line below
    // is the one cell -1,2+cmd|' /C calc'!A0 (a DDE formula in a German Excel, where `,` is the decimal comma).
    ["-1,2+cmd|' /C calc'!A0\r\n", "'-1,2+cmd|' /C calc'!A0\r\n"],
    ['"-1",2+cmd\r\n', '"\'-1",2+cmd\r\n'],
    ['+3,x\r\n', "'+3,x\r\n"],
    // On every line, not only the file's first.
    ['h\r\na,b\r\n-1,2+cmd\r\n', "h\r\na,b\r\n'-1,2+cmd\r\n"],
    // Alone on its line the number is a number to both readers; not first, the other reader's cell began before.
    ['-1\r\n', '-1\r\n'],
    ['a,-1,2+cmd\r\n', 'a,-1,2+cmd\r\n'],
    [',-1,2\r\n', ',-1,2\r\n'],
    ['1,2\r\n', '1,2\r\n'],
  ])(
    'neutralises a signed number that begins a line and runs on past the separator: %j',
    async (text, expected) => {
      expect(await neutralised(text)).toBe(expected);
      expect(await neutralised(text, [...Array(encoder.encode(text).length).keys()])).toBe(expected);
    },
  );

  it('neutralises a quoted field holding ;=1+2: the other reader splits the raw line, quotes and all', async () => {
    expect(await neutralised('a,"x;=1+2",b\r\n')).toBe('a,"x;\'=1+2",b\r\n');
    expect(await neutralised('"x;=1+2"\r\n')).toBe('"x;\'=1+2"\r\n');
  });

  it('neutralises a number the other cell runs past the field with: the other reader reads on', async () => {
    // Split on `;` only, `x;-3,5+cmd|…` holds the cell `-3,5+cmd|…`: a formula, spread over two fields.
    expect(await neutralised("x;-3,5+cmd|' /C calc'!A0\r\n")).toBe("x;'-3,5+cmd|' /C calc'!A0\r\n");
    expect(await neutralised('a,1;-3,b\r\n')).toBe("a,1;'-3,b\r\n");
    expect(await neutralised('a,"1;-3",b\r\n')).toBe('a,"1;\'-3",b\r\n');
    // At the record's end (or the stream's) the cell ends: a number.
    expect(await neutralised('a,1;-3\r\nb,1;+3')).toBe('a,1;-3\r\nb,1;+3');
    expect(await neutralised('a,1;-3;b\r\n')).toBe('a,1;-3;b\r\n');
  });

  it('judges the cells after `,` when told the file is re-delimited with `;` (a `;` is then no other separator)', async () => {
    const options = { otherSeparator: ',' } as const;
    expect(await neutralised('h\r\n"a,=b",x\r\n', [], options)).toBe('h\r\n"a,\'=b",x\r\n');
    expect(await neutralised('h\r\n"1,-3"\r\n"1,-3",x\r\n', [], options)).toBe(
      'h\r\n"1,-3"\r\n"1,\'-3",x\r\n',
    );
    expect(await neutralised('h\r\nx;=1+2,"a,""=b"""\r\n', [], options)).toBe('h\r\nx;=1+2,"a,""\'=b"""\r\n');
    // The commas between fields start no cell of their own: the file's reader splits there already.
    expect(await neutralised('h\r\n=a,-3,b\r\n', [], options)).toBe("h\r\n'=a,-3,b\r\n");
  });

  it('neutralises the same cells, however the text is cut (between a separator and its trigger too)', async () => {
    const text =
      'a,x;=1,"y;""=2"";+3",1;-3\r\n' +
      '"p;-4",q; \u200B@5\r\n' +
      '"r;\u{E0041}-6;z",-7;s;＝8\r\n' +
      '-9;=10,t;"-11\r\n' +
      'u;😀=12;-13';
    const expected =
      'a,x;\'=1,"y;""\'=2"";\'+3",1;-3\r\n' +
      '"p;\'-4",q;\' \u200B@5\r\n' +
      "\"r;'\u{E0041}-6;z\",'-7;s;'＝8\r\n" +
      "'-9;'=10,t;\"-11\r\n" +
      'u;😀=12;-13';
    const bytes = encoder.encode(text).length;
    expect(await neutralised(text)).toBe(expected);
    for (let cut = 0; cut <= bytes; cut++) expect(await neutralised(text, [cut])).toBe(expected);
    // And every byte a chunk of its own.
    expect(await neutralised(text, [...Array(bytes).keys()])).toBe(expected);
  });

  it.each([
    // A comma file (the other separator is `;`, the default), and one re-delimited with `;` afterwards.
    {
      other: ';',
      separator: ',',
      parts: [';', ';;', '"', ' ', '\u200B', '=', '-', '+', '@', '＝', '1', '-3', '.5', 'e2', ','],
    },
    {
      other: ',',
      separator: ';',
      parts: [',', ',,', '"', ' ', '\u200B', '=', '-', '+', '@', '＝', '1', '-3', '.5', 'e2', ';'],
    },
  ] as const)(
    'property: every cell the other separator ($other) starts is judged by the rule, nothing else changes, cut anywhere',
    async ({ other, separator, parts }) => {
      // Cells full of other separators, triggers, quotes and numbers: the other reader's cells in every shape.
      const part = fc.oneof(cell, fc.constantFrom(...parts));
      const otherCell = fc.array(part, { maxLength: 5 }).map((pieces) => pieces.join(''));
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(otherCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
          fc.array(fc.nat(), { maxLength: 12 }),
          async (rows, quoting, cuts) => {
            const output = await neutralised(`h\r\n${toCsv(rows, quoting)}`, cuts, { otherSeparator: other });
            expect(parse(output).slice(1)).toEqual(
              rows.map((row) =>
                row.map((value, column) => otherView(value, separator, placeOf(column, row))),
              ),
            );
          },
        ),
        { numRuns: 400 },
      );
    },
  );
});

// A spreadsheet set to the other list separator meets a quoted field's opening quote in the middle of its cell
// (`login,"a` on `;`), so for it a line break in the field ends the line and the next line starts a cell.
describe('createCsvNeutraliser and a line break in a quoted field', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['a lone CR', '\r'],
  ])('neutralises the reviewer\'s row with %s: on `;` its second line is =1+2"', async (_, eol) => {
    expect(await neutralised(`login,"a${eol}=1+2"\r\n`)).toBe(`login,"a${eol}'=1+2"\r\n`);
    // The same in a file re-delimited with `;` afterwards, read on `,`.
    expect(await neutralised(`h\r\nlogin,"a${eol}=1+2"\r\n`, [], { otherSeparator: ',' })).toBe(
      `h\r\nlogin,"a${eol}'=1+2"\r\n`,
    );
  });

  it('neutralises each line of a multi-line description that starts with a trigger, and only those', async () => {
    const description =
      'Role changed:\r\n- removed Admin\r\n+ added Viewer\r\n@SUM(A1)\r\n\r\n =HYPERLINK("http://x","y")\r\nok';
    const expected =
      'Role changed:\r\n\'- removed Admin\r\n\'+ added Viewer\r\n\'@SUM(A1)\r\n\r\n\' =HYPERLINK(""http://x"",""y"")\r\nok';
    const row = (text: string) => `2026-01-01,ada,"${text}",eu-west-1\r\n`;
    expect(await neutralised(row(description.replace(/"/g, '""')))).toBe(row(expected));
  });

  it.each([
    // A plain number is a number on its own line too, at the field's end or before another break.
    ['x\n-3', 'x\n-3'],
    ['x\r\n-12.5\r\n+3\r\n1e5', 'x\r\n-12.5\r\n+3\r\n1e5'],
    ['x\n-3;y', 'x\n-3;y'],
    // Lines that start with no trigger, blank lines and spaces stay as they are.
    ['p1\r\n\r\np2', 'p1\r\n\r\np2'],
    ['a\n b\n\n', 'a\n b\n\n'],
    // The cell a `;` starts ends at the break, as at a `;`: empty, or a number (the last commit read it on
    // through the break, a trigger, and wrote `a;'\nb`).
    ['a;\nb', 'a;\nb'],
    ['x;-3\r\ny', 'x;-3\r\ny'],
    // A trigger after invisible characters, full-width, after an opening quote, after a `;` on that line.
    ['x\n \u200B=1', "x\n' \u200B=1"],
    ['x\n＝1', "x\n'＝1"],
    ['x\n"=1', 'x\n"\'=1'],
    ['x\nb;=1', "x\nb;'=1"],
    ['x;\n=1', "x;\n'=1"],
    // An unfinished number is not a number: `-` alone, `-3x`.
    ['x\n-', "x\n'-"],
    ['x\n-3x', "x\n'-3x"],
    // The break is its own cell's first character (a trigger) and ends the other reader's line.
    ['\r\n=1', "'\r\n'=1"],
    ['\r\n\r\n@x', "'\r\n\r\n'@x"],
  ])('turns the last field %j into %j', async (value, expected) => {
    const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    expect(await neutralised(`a,${quoted(value)}\r\n`)).toBe(`a,${quoted(expected)}\r\n`);
    expect(otherView(value, ',', { first: false, last: true })).toBe(expected);
  });

  it("neutralises a number on the field's last line when the other reader's cell runs on past the separator", async () => {
    // Read on `;`, the line is `-3",b`: not a number.
    expect(await neutralised('a,"x\n-3",b\r\n')).toBe('a,"x\n\'-3",b\r\n');
    expect(await neutralised('a,"x\n-3"\r\n')).toBe('a,"x\n-3"\r\n');
  });

  it('changes nothing when not neutralising', async () => {
    const text = 'a,"x\n=1","y\r\n-z"\r\n';
    expect(await neutralised(text, [], { neutralise: false })).toBe(text);
  });

  it('neutralises the same lines, however the text is cut (between a break and its trigger, inside CRLF)', async () => {
    const text =
      'h,i\r\n' +
      'login,"a\r\n=1+2"\r\n' +
      '"b\n@c\r-3\r\n-4x",d\r\n' +
      '"e\r\n\r\n""+f\r\n \u200B=g","h;\n=i\n😀=j\n-5"\r\n' +
      '"\n=k","l\r\n-6",m\r\n';
    const expected =
      'h,i\r\n' +
      'login,"a\r\n\'=1+2"\r\n' +
      '"b\n\'@c\r-3\r\n\'-4x",d\r\n' +
      '"e\r\n\r\n""\'+f\r\n\' \u200B=g","h;\n\'=i\n😀=j\n-5"\r\n' +
      '"\'\n\'=k","l\r\n\'-6",m\r\n';
    const bytes = encoder.encode(text).length;
    expect(await neutralised(text)).toBe(expected);
    for (let cut = 0; cut <= bytes; cut++) expect(await neutralised(text, [cut])).toBe(expected);
    for (let cut = 0; cut < bytes; cut++) expect(await neutralised(text, [cut, cut + 1])).toBe(expected);
    // And every byte a chunk of its own.
    expect(await neutralised(text, [...Array(bytes).keys()])).toBe(expected);
  });

  it('property: every line of a quoted field is judged by the rule, nothing else changes, cut anywhere', async () => {
    // Cells full of line breaks, triggers, quotes and numbers, so the other reader's lines come in every shape.
    const part = fc.oneof(
      cell,
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        '\r\n\r\n',
        ';',
        '"',
        ' ',
        '\u200B',
        '=',
        '-',
        '+',
        '@',
        '1',
        '-3',
        '.5',
      ),
    );
    const multiLine = fc.array(part, { maxLength: 5 }).map((parts) => parts.join(''));
    for (const other of [';', ','] as const) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(multiLine, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
          fc.array(fc.nat(), { maxLength: 12 }),
          async (rows, quoting, cuts) => {
            const output = await neutralised(`h\r\n${toCsv(rows, quoting)}`, cuts, { otherSeparator: other });
            const separator = other === ';' ? ',' : ';';
            expect(parse(output).slice(1)).toEqual(
              rows.map((row) =>
                row.map((value, column) => otherView(value, separator, placeOf(column, row))),
              ),
            );
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
