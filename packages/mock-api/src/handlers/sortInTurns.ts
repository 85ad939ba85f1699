import type { Breather } from './createBreather.ts';

/** Elements a native sort takes at once: ~1 ms of work, so the event loop is never held longer than that. */
const runLength = 4096;

/**
 * `items` sorted by `compare`, as `items.sort(compare)` would give them when `compare` is a total order, but in
 * turns: runs of 4,096 are sorted natively, then merged pairwise, with `breathe` told of the work as it goes. The
 * native sort of a million events by a column held the event loop for ~200 ms in one block (measured in Node):
 * the standalone server answered no one meanwhile, and a service-worker mock froze its page. Written by hand
 * because no sort in the platform or a small library yields; a bottom-up merge is a few lines. May return a
 * different array than it was given (the merge writes into a second buffer).
 */
export async function sortInTurns(
  items: Uint32Array<ArrayBuffer>,
  compare: (a: number, b: number) => number,
  breathe: Breather,
): Promise<Uint32Array<ArrayBuffer>> {
  const n = items.length;
  for (let start = 0; start < n; start += runLength) {
    items.subarray(start, Math.min(start + runLength, n)).sort(compare);
    const pause = breathe(runLength);
    if (pause) await pause;
  }
  if (n <= runLength) return items;
  let from = items;
  let to = new Uint32Array(n);
  for (let width = runLength; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        to[k++] = compare(from[i]!, from[j]!) <= 0 ? from[i++]! : from[j++]!;
        const pause = breathe();
        if (pause) await pause;
      }
      // One side is used up; the rest of the other is in order already.
      to.set(from.subarray(i, mid), k);
      to.set(from.subarray(j, right), k + (mid - i));
    }
    [from, to] = [to, from];
  }
  return from;
}
