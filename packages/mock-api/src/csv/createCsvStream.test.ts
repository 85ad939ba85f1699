import { describe, expect, it } from 'vitest';
import { createCsvStream } from './createCsvStream.ts';

const properties = [{ name: 'n', displayName: 'N' }];

/** An endless source that records how far it was pulled and whether it was closed. */
function counting() {
  const state = { produced: 0, closed: false };
  function* rows() {
    try {
      for (;;) yield { n: state.produced++ };
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: rows() };
}

describe('createCsvStream', () => {
  it('emits a large export as several chunks of whole rows', async () => {
    const rows = Array.from({ length: 2000 }, (_, n) => ({ n }))[Symbol.iterator]();
    const reader = createCsvStream(rows, properties, { batchSize: 300 }).getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read())
      chunks.push(new TextDecoder().decode(r.value));
    expect(chunks.length).toBe(Math.ceil(2000 / 300));
    for (const chunk of chunks) expect(chunk.endsWith('\r\n')).toBe(true);
    const lines = chunks.join('').split('\r\n');
    expect(lines).toHaveLength(2002);
    expect(lines[1]).toBe('0');
    expect(lines[2000]).toBe('1999');
  });

  // 500 rows of 100 properties each naming a 65,000-character field were one string past V8's limit: the export
  // died mid-response. The same shape, narrower: 100 properties naming a 100-character description, 10 KB a row.
  it('sends wide rows in chunks of about 256 KiB, not 500 rows at a time, and loses none', async () => {
    const limit = 256 * 1024;
    const wide = Array.from({ length: 100 }, () => ({ name: 'description', displayName: 'D' }));
    const description = (n: number) => `${String(n).padStart(4, '0')}${'x'.repeat(96)}`;
    const rows = Array.from({ length: 400 }, (_, n) => ({ description: description(n) }))[Symbol.iterator]();
    const reader = createCsvStream(rows, wide).getReader();
    const sizes: number[] = [];
    let text = '';
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      sizes.push(r.value.byteLength);
      text += decoder.decode(r.value, { stream: true });
    }
    const row = (n: number) => Array.from({ length: 100 }, () => description(n)).join(',');
    // A chunk closes on the row that takes it past the limit, so it may hold one row more.
    for (const size of sizes) expect(size).toBeLessThanOrEqual(limit + row(0).length + 2);
    expect(sizes.length).toBeGreaterThan(1);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(402);
    expect(lines[0]).toBe(Array.from({ length: 100 }, () => 'D').join(','));
    expect(lines.slice(1, -1)).toEqual(Array.from({ length: 400 }, (_, n) => row(n)));
    expect(lines[401]).toBe('');
  });

  it('generates only what the reader pulls, and a cancelled reader stops generation', async () => {
    const { state, rows } = counting();
    const reader = createCsvStream(rows, properties, { batchSize: 100 }).getReader();
    await reader.read();
    await reader.read();
    // Two reads, plus at most one batch buffered ahead by the stream's high-water mark.
    expect(state.produced).toBeLessThanOrEqual(300);
    await reader.cancel();
    expect(state.closed).toBe(true);
    const after = state.produced;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.produced).toBe(after);
  });

  // The mock's filtered export scans far between matches and gives the event loop a turn while it does: its
  // source is async. An embedder can stream from an async source the same way.
  it('takes an async source, row by row, and closes it when the reader cancels', async () => {
    async function* slow() {
      for (let n = 0; n < 3; n++) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield { n };
      }
    }
    expect(await new Response(createCsvStream(slow(), properties)).text()).toBe('N\r\n0\r\n1\r\n2\r\n');
    const state = { produced: 0, closed: false };
    async function* endless() {
      try {
        for (;;) {
          await Promise.resolve();
          yield { n: state.produced++ };
        }
      } finally {
        state.closed = true;
      }
    }
    const reader = createCsvStream(endless(), properties, { batchSize: 10 }).getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.closed).toBe(true);
    expect(state.produced).toBeLessThanOrEqual(30);
  });

  it('errors after N rows in the broken scenario, having delivered those rows', async () => {
    const { state, rows } = counting();
    const reader = createCsvStream(rows, properties, { batchSize: 4, breakAfterRows: 10 }).getReader();
    let text = '';
    await expect(
      (async () => {
        for (let r = await reader.read(); !r.done; r = await reader.read())
          text += new TextDecoder().decode(r.value);
      })(),
    ).rejects.toThrow(/broken off after 10 rows/);
    expect(text.split('\r\n').slice(1, -1)).toEqual(Array.from({ length: 10 }, (_, n) => String(n)));
    expect(state.closed).toBe(true);
  });
});
