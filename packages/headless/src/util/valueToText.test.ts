import { describe, expect, it } from 'vitest';
// The public entry, not the module: a custom UI built on headless alone must be able to import them.
import { UNSHOWABLE_VALUE, valueToText } from '../core.ts';

describe('valueToText (exported by @auditkit/headless)', () => {
  it('gives UNSHOWABLE_VALUE for a cyclic object instead of throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(valueToText(cyclic)).toBe(UNSHOWABLE_VALUE);
  });

  it('gives UNSHOWABLE_VALUE for an object too deep for JSON.stringify', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = { deep };
    expect(valueToText(deep)).toBe(UNSHOWABLE_VALUE);
  });

  it('writes objects as compact JSON with their hidden characters shown', () => {
    expect(valueToText({ file: '\u202Efdp.exe', size: 3 })).toBe('{"file":"⟨U+202E⟩fdp.exe","size":3}');
  });

  it('writes strings with hidden characters shown, scalars as text and nothing for null or undefined', () => {
    expect(valueToText('Deleted \u202Efdp.exe')).toBe('Deleted ⟨U+202E⟩fdp.exe');
    expect(valueToText(42)).toBe('42');
    expect(valueToText(false)).toBe('false');
    expect(valueToText(10n)).toBe('10');
    expect(valueToText(null)).toBe('');
    expect(valueToText(undefined)).toBe('');
  });
});
