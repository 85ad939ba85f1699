import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';

const encoder = new TextEncoder();
const triggers = ['=', '+', '-', '@', '\t', '\r', '\0'];

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
  fc.constantFrom('', '"', '""', ',', '=1+2', '-5', '@SUM(A1)', ' lead', 'trail ', "'already", 'ü€😀'),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe('createCsvNeutraliser', () => {
  it('prefixes a quote to formula cells, quoted or not, and nothing else', async () => {
    const input = 'Action,Description\r\n=HYPERLINK("x"),ok\r\n"@cmd","-1"\r\nplain,"a,=b"\r\n';
    const output = new TextDecoder().decode(await run([encoder.encode(input)]));
    expect(output).toBe('Action,Description\r\n\'=HYPERLINK("x"),ok\r\n"\'@cmd","\'-1"\r\nplain,"a,=b"\r\n');
  });

  it('handles a quoted field whose first character arrives in the next chunk', async () => {
    const output = await run([
      encoder.encode('a,"'),
      encoder.encode('=x"\r'),
      encoder.encode('\n"""=no"\r\n'),
    ]);
    expect(new TextDecoder().decode(output)).toBe('a,"\'=x"\r\n"""=no"\r\n');
  });

  it('keeps a byte-order mark', async () => {
    const output = await run([encoder.encode('\uFEFFTime,Action\r\n2026,=x\r\n')]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(output)).toBe(
      "\uFEFFTime,Action\r\n2026,'=x\r\n",
    );
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

  it('property: the output parses back to the input, formula cells neutralised, nothing else changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, quoting, cuts) => {
          const bytes = encoder.encode(toCsv(rows, quoting));
          let records = 0;
          const output = new TextDecoder().decode(
            await run(chunked(bytes, cuts), { onRecords: (n) => (records = n) }),
          );
          const expected = rows.map((row) =>
            row.map((value) => (triggers.includes(value[0] ?? '') ? `'${value}` : value)),
          );
          expect(parse(output)).toEqual(expected);
          expect(records).toBe(rows.length);
        },
      ),
      { numRuns: 400 },
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
