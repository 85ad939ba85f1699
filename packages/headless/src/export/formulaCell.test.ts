import { describe, expect, it } from 'vitest';
// The public entry, not the module: hosts check their own files with it.
import { isFormulaCell } from '../core.ts';

describe('isFormulaCell (exported by @auditkit/headless)', () => {
  it('tells plain numbers from formulas', () => {
    for (const number of ['-5', '+33', '1e5', '-1e5', '-12.5', '+3', '1.', '.5', '-.5e-3']) {
      expect(isFormulaCell(number)).toBe(false);
    }
    for (const formula of ['=1+2', '-5+1', '+33x', '-1e', '-.', '\u200B=1+2', '@SUM(A1)']) {
      expect(isFormulaCell(formula)).toBe(true);
    }
  });

  it('answers a cell of 200,000 digits at once: the number rule is linear, not quadratic in the length', () => {
    // A step count is out of reach (the engine's own regular expressions), so a bound one in a thousand runs of a
    // linear rule come near on a loaded machine, and the quadratic one misses by twenty times or more: it took
    // ~1 s at 40,000 digits, 4x for every doubling.
    const digits = '1'.repeat(200_000);
    const started = performance.now();
    expect(isFormulaCell(`-${digits}x`)).toBe(true);
    expect(isFormulaCell(`+${digits}.${digits}e`)).toBe(true);
    expect(isFormulaCell(`-${digits}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
