import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobFoldBytes, blobSink, openCsvSink, saveBlob } from './csvSink.ts';

afterEach(() => vi.unstubAllGlobals());

describe('blobSink', () => {
  it('folds the chunks into Blobs as they come, not all at the end, and the file holds every byte in order', async () => {
    const made: number[] = [];
    vi.stubGlobal(
      'Blob',
      class CountingBlob extends Blob {
        constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
          super(parts, options);
          made.push(this.size);
        }
      },
    );
    let saved: Blob | undefined;
    const sink = blobSink((blob) => (saved = blob), 'audit.csv', 'text/csv');
    const chunk = (index: number) => new Uint8Array(1024 * 1024).fill(index);
    const chunks = 3 * (blobFoldBytes / (1024 * 1024)) + 2;
    for (let index = 0; index < chunks; index++) await sink.write(chunk(index));
    // Before the file is closed, the chunks already went into Blobs, 8 MiB at a time: the page's heap held them
    // all until the end, a gigabyte for a big export.
    expect(made).toEqual([blobFoldBytes, blobFoldBytes, blobFoldBytes]);
    await sink.close();
    expect(saved?.size).toBe(chunks * 1024 * 1024);
    expect(saved?.type).toBe('text/csv');
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    for (let index = 0; index < chunks; index++) expect(bytes[index * 1024 * 1024]).toBe(index);
  });
});

describe('openCsvSink given a WritableStream', () => {
  const file = { name: 'audit.csv', type: 'text/csv', description: 'CSV file', extension: 'csv' };

  it('rejects, never throws, when it cannot take the stream', async () => {
    const locked = new WritableStream<Uint8Array>();
    locked.getWriter();
    const notAStream = {} as WritableStream<Uint8Array>;
    for (const target of [locked, notAStream]) {
      let opened: Promise<unknown> | undefined;
      // A function that returns a promise reports every failure through it: a caller awaiting it inside a
      // `.then` chain, or handing it on, would otherwise see an exception thrown where it expects a promise.
      expect(() => void (opened = openCsvSink(target, file, saveBlob))).not.toThrow();
      await expect(opened).rejects.toThrow(/^\[auditkit\] /);
    }
  });

  it('gives the stream back to its owner once the sink is closed or aborted', async () => {
    for (const end of ['close', 'abort'] as const) {
      const stream = new WritableStream<Uint8Array>();
      const sink = await openCsvSink(stream, file, saveBlob);
      expect(stream.locked).toBe(true);
      await sink.write(new Uint8Array([1]));
      await (end === 'close' ? sink.close() : sink.abort(new Error('stopped')));
      expect(stream.locked).toBe(false);
    }
  });
});
