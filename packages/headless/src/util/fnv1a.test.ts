import { describe, expect, test } from 'vitest';
import { fnv1a } from './fnv1a.ts';

describe('fnv1a', () => {
  // The published FNV-1a 32-bit test vectors (ASCII, where a code unit is a byte): ids users have stored depend on
  // these never changing.
  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j hashes to the published value', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  test('is unsigned, and tells apart names a slug cannot', () => {
    expect(fnv1a('監査')).toBeGreaterThanOrEqual(0);
    expect(fnv1a('監査')).not.toBe(fnv1a('ביקורת'));
  });
});
