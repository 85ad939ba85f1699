import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isoFromMs } from './isoTime.ts';

it('formats exactly like Date#toISOString', () => {
  fc.assert(
    fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
      expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
    }),
    { numRuns: 2000 },
  );
  for (const ms of [0, 86_399_999, 86_400_000, 951_782_400_000, 1_781_000_000_123]) {
    expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
  }
});
