import { describe, expect, it } from 'vitest';
import { linearGrowthLimit, timeGrowth } from '../../../../test/support/timeGrowth.ts';
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
    // A step count is out of reach (the engine's own regular expressions), so the growth from 125,000 digits to a
    // million is timed: the quadratic rule took ~1 s at 40,000 digits, 4x for every doubling.
    const cellsOf = (length: number) => {
      const digits = '1'.repeat(length);
      return [`-${digits}x`, `+${digits}.${digits}e`, `-${digits}`];
    };
    expect(cellsOf(200_000).map(isFormulaCell)).toEqual([true, true, false]);
    const judge = (cells: string[]) => cells.forEach(isFormulaCell);
    expect(timeGrowth(cellsOf, judge, 125_000)).toBeLessThan(linearGrowthLimit);
  });
});
