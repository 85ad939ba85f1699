import { describe, expect, it } from 'vitest';
import { createBreather } from './createBreather.ts';

/** Holds the thread for `ms`, as a slow unit of work does. */
function work(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('createBreather', () => {
  it('gives the event loop a turn within ~30 ms however slow each unit is', async () => {
    const breathe = createBreather(undefined);
    let units = 0;
    for (;;) {
      work(1);
      units++;
      const pause = breathe();
      if (pause) {
        await pause;
        break;
      }
    }
    // 1 ms a unit: the turn comes after ~30 units, not after a thousand.
    expect(units).toBeLessThan(100);
  });
});
