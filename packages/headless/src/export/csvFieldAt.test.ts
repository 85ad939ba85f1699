import { describe, expect, it } from 'vitest';
import { csvFieldAt } from './csvFieldAt.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const field = (record: string, index: number) => {
  const bytes = encode(record);
  const [from, to] = csvFieldAt(bytes, 0, bytes.length, index);
  return new TextDecoder().decode(bytes.subarray(from, to));
};

describe('csvFieldAt', () => {
  it('finds a field by its place, quotes included, a comma in quotes being text', () => {
    const record = 'a,"b, ""c""",é€😀,,last';
    expect([0, 1, 2, 3, 4].map((index) => field(record, index))).toEqual([
      'a',
      '"b, ""c"""',
      'é€😀',
      '',
      'last',
    ]);
    // Past the last field: nothing.
    expect(field(record, 5)).toBe('');
  });

  it('reads a quote after a field’s start as text, as CsvScanner does', () => {
    expect(field('ab"c,d', 1)).toBe('d');
    expect(field('x,"q""r",z', 2)).toBe('z');
  });
});
