import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Encoder } from './utf8Encoder.ts';

describe('utf8Encoder', () => {
  it('writes what TextEncoder writes for any text, lone surrogates included, chunk after chunk', () => {
    const encode = utf8Encoder();
    const reference = new TextEncoder();
    fc.assert(
      // Any UTF-16 units, so surrogates come alone as well as in pairs; and whole characters of every plane.
      fc.property(
        fc.oneof(
          fc
            .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
            .map((units) => String.fromCharCode(...units)),
          fc.string({ unit: 'binary', maxLength: 80 }),
        ),
        (text) => {
          expect([...encode(text)]).toEqual([...reference.encode(text)]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives each chunk bytes of its own: encoding the next one changes none that were handed out', () => {
    const encode = utf8Encoder();
    const first = encode('a,😀,"é"\r\n'.repeat(50));
    const copy = [...first];
    // Shorter than the first, so it is written into the same kept buffer.
    encode('x'.repeat(100));
    expect([...first]).toEqual(copy);
    expect(first.buffer.byteLength).toBe(first.length);
  });

  it('encodes text longer than the buffer it keeps (a huge record) as TextEncoder does', () => {
    const encode = utf8Encoder();
    const huge = `${'é'.repeat(600_000)}\uD800${'a,'.repeat(300_000)}`;
    // Compared as buffers: an element-by-element deep equality of 3 MB took over 15 s on a busy machine.
    expect(Buffer.from(encode(huge)).equals(Buffer.from(new TextEncoder().encode(huge)))).toBe(true);
    expect([...encode('a😀')]).toEqual([0x61, 0xf0, 0x9f, 0x98, 0x80]);
  });
});
