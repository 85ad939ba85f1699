import { apiError } from './apiError.ts';

/** Gives the event loop a turn when one is due (a promise to await), else `undefined` (go on at once). */
export type Breather = (units?: number) => Promise<void> | undefined;

/**
 * A check to call as a long job goes (once per event of a scan, or with the `units` of work just done): every
 * ~30 ms it gives the event loop a turn (in the browser the handlers share the page's main thread, in Node the
 * server's other connections wait), and it stops the job once the request is aborted. The clock is read once per
 * 32 units, so calling it per event costs little (~30,000 reads for a million events, about a millisecond); a unit
 * can be slow (a created event of 64 KiB matched as text, ~1 ms), and at 1,024 units a read a filtered list over a
 * thousand such events held the loop for a second.
 */
const clockEvery = 32;

export function createBreather(signal: AbortSignal | undefined): Breather {
  let count = 0;
  let last = performance.now();
  return (units = 1) => {
    count += units;
    if (count < clockEvery) return undefined;
    count = 0;
    if (performance.now() - last < 30) return undefined;
    return new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        last = performance.now();
        if (signal?.aborted) reject(apiError(400, 'The request was aborted'));
        else resolve();
      }, 0);
    });
  };
}
