import { describe, expect, it } from 'vitest';
import { linearGrowthLimit, timeGrowth } from '../support/timeGrowth.ts';

// The growth guards in the packages' tests can only fail if the measure tells the two kinds of work apart.
describe('timeGrowth', () => {
  const numbers = (size: number) => Array.from({ length: size }, (_, i) => i);
  let sink = 0;

  it('finds linear work under the limit and quadratic work over it', () => {
    const linear = (list: number[]) => {
      for (let k = 0; k < 2000; k++) for (const n of list) sink = (sink + n) | 0;
    };
    const quadratic = (list: number[]) => {
      for (const m of list) for (const n of list) sink = (sink + m + n) | 0;
    };
    expect(timeGrowth(numbers, linear, 600)).toBeLessThan(linearGrowthLimit);
    expect(timeGrowth(numbers, quadratic, 600)).toBeGreaterThan(linearGrowthLimit);
  });
});
