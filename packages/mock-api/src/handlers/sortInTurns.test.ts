import { describe, expect, it } from 'vitest';
import { createBreather } from './createBreather.ts';
import { sortInTurns } from './sortInTurns.ts';

/** Keys with many ties, in a scrambled order (a small linear congruential generator: the same every run). */
function scrambledKeys(n: number): string[] {
  let state = 12345;
  return Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return `action.${state % 97}`;
  });
}

const byKeyThenIndex = (keys: string[]) => (a: number, b: number) =>
  keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b;

describe('sortInTurns', () => {
  it.each([0, 1, 2, 4095, 4096, 4097, 8192, 12_289, 50_000])(
    'puts %i references in the order the native sort gives',
    async (n) => {
      const keys = scrambledKeys(n);
      const compare = byKeyThenIndex(keys);
      const expected = Uint32Array.from({ length: n }, (_, i) => i).sort(compare);
      const sorted = await sortInTurns(
        Uint32Array.from({ length: n }, (_, i) => i),
        compare,
        createBreather(undefined),
      );
      expect([...sorted]).toEqual([...expected]);
    },
  );

  it('lets timers run while it sorts a large array', async () => {
    const n = 300_000;
    const keys = scrambledKeys(n);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let units = 0;
    try {
      // The real breather yields after ~30 ms of work; this one after every 100,000 units, so the test has no clock.
      await sortInTurns(
        Uint32Array.from({ length: n }, (_, i) => i),
        byKeyThenIndex(keys),
        (done = 1) => {
          units += done;
          if (units < 100_000) return undefined;
          units = 0;
          return new Promise((resolve) => setTimeout(resolve, 0));
        },
      );
    } finally {
      clearInterval(timer);
    }
    // The native sort of the same array runs in one task, in which no timer fires.
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops with the request: an aborted signal rejects at the next turn', async () => {
    const controller = new AbortController();
    controller.abort();
    const n = 200_000;
    const keys = scrambledKeys(n);
    const breathe = createBreather(controller.signal);
    const compare = byKeyThenIndex(keys);
    // Make a turn due at once: the breather reads the clock only after 30 ms of work.
    const slowCompare = (a: number, b: number) => {
      const until = performance.now() + 0.001;
      while (performance.now() < until);
      return compare(a, b);
    };
    await expect(
      sortInTurns(
        Uint32Array.from({ length: n }, (_, i) => i),
        slowCompare,
        breathe,
      ),
    ).rejects.toMatchObject({ status: 400 });
  });
});
