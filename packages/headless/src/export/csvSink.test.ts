import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobFoldBytes, blobSink } from './csvSink.ts';

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
