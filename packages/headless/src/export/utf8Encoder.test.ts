import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Encoder } from './utf8Encoder.ts';

describe('utf8Encoder', () => {
  it('writes what TextEncoder writes for any text, lone surrogates included, chunk after chunk', () => {
    const encode = utf8Encoder();
    const reference = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect([...encode(text)]).toEqual([...reference.encode(text)]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives each chunk bytes of its own: encoding the next one changes none that were handed out', () => {
    const encode = utf8Encoder();
    const first = encode('a,😀,"é"\r\n'.repeat(50));
    const copy = [...first];
    encode('x'.repeat(2000));
    encode('zz');
    expect([...first]).toEqual(copy);
    expect(first.buffer.byteLength).toBe(first.length);
  });
});
