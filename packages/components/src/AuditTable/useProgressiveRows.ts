import { startTransition, useEffect, useState } from 'react';

/**
 * Rows mounted with a new page until the table has measured its rows (the server's render and the hydrating one
 * included, so they agree): more than a tall screen shows (a row is at least 37 px high, 29 px compact).
 */
export const firstRowCount = 32;
/** Rows added in each later step, each in its own task so input and painting are never held up for long. */
export const rowStep = 80;

interface Shown<T> {
  items: readonly T[];
  count: number;
  /** Whether a replacement was under way at the last render (see `replacing`). */
  replacing: boolean;
}

/**
 * How many rows stay mounted when the items change: the mounted rows that are still the same rows in the same
 * places (all of them when the row model was only rebuilt; the first page's rows when the page grew), and at
 * least a first screenful.
 */
function keptCount<T>(
  shown: Shown<T>,
  items: readonly T[],
  same: (a: T, b: T) => boolean,
  first: number,
): number {
  const limit = Math.min(shown.count, items.length);
  let kept = 0;
  while (kept < limit && same(shown.items[kept]!, items[kept]!)) kept += 1;
  return Math.min(items.length, Math.max(first, kept));
}

/**
 * How many of `items` to mount now. A new page of many rows mounts its first screenful at once and the rest in
 * steps after that paint (in transitions, which input interrupts), so a filter change shows its answer in the
 * time a screenful takes instead of the time 200 rows of style and layout take (bench/profile.mjs). Rows that
 * stay the same keep mounted (a row expanded, a column moved, a page grown from 50 to 100 rows), except past the
 * first screenful while a replacement loads (below).
 *
 * @param items The page's rows, in order.
 * @param same Whether two items are the same row (a rebuilt row model has new objects for the same events).
 * @param enabled Off for virtual rows, which mount only what is in view anyway: every row counts at once.
 * @param first How many rows fill the screen (see useScreenfulRows). @default firstRowCount
 * @param replacing The rows shown are about to be replaced (the next page is loading): no more rows mount until
 *   it is in, and when it starts, if `restOutOfView(first)` says the rows past the first screenful are out of
 *   sight, they go at once.
 * @param restOutOfView Asked once as a replacement starts (during that render, before its commit).
 */
export function useProgressiveRows<T>(
  items: readonly T[],
  same: (a: T, b: T) => boolean,
  enabled = true,
  first = firstRowCount,
  replacing = false,
  restOutOfView: (first: number) => boolean = () => false,
): number {
  // Steps taken: see `step` below.
  const [steps, setSteps] = useState(0);
  const [shown, setShown] = useState<Shown<T>>(() => ({
    items,
    count: Math.min(items.length, first),
    replacing,
  }));
  let current = shown;
  if (enabled) {
    const kept = shown.items === items ? shown.count : keptCount(shown, items, same, first);
    // The rows past the first screenful go as the next page starts loading, while its request is in flight,
    // instead of in the commit that shows its answer: taking a long page's rows down was most of that commit's
    // time (bench/profile.mjs filter), and the new page's first commit mounts only a screenful anyway. Only when
    // they are out of sight, so what the user is looking at (a page scrolled down to its pagination, a row
    // halfway down) stays where it is, and comes back as it was if the change is undone.
    const count = replacing && !shown.replacing && kept > first && restOutOfView(first) ? first : kept;
    if (shown.items !== items || shown.count !== count || shown.replacing !== replacing) {
      // Stored during render (React's pattern for state derived from props), so the rows of a new page never
      // mount all at once, not even for one commit, and a page shown again after a replacement was undone
      // brings its rows back in steps.
      current = { items, count, replacing };
      setShown(current);
    }
  }
  const total = items.length;
  const count = enabled ? current.count : total;
  useEffect(() => {
    if (replacing || count >= total) return;
    const step = () =>
      startTransition(() => {
        setShown((state) =>
          state.items === items ? { ...state, count: Math.min(total, state.count + rowStep) } : state,
        );
        // Every step commits and runs this effect again, whatever the update above made of it: React may run it
        // on a state rebased under an older transition (the previous page's rows, seen under load), where it
        // changes nothing; without a commit no next step came, and the page stayed at its first screenful.
        setSteps((done) => done + 1);
      });
    // The first step after the paint of the first screenful: a timer posted from the next frame runs once that
    // frame is painted. A timer posted now could run before the frame, and the browser would paint the next
    // step's rows with the first ones, later (bench/profile.mjs filter). A page that draws no frames (a hidden
    // tab) still gets its rows, from the fallback timer. Later steps follow each other at once: nothing waits
    // for them, and a frame between each would only make the whole page later.
    if (count > first) {
      const timer = setTimeout(step);
      return () => clearTimeout(timer);
    }
    let timer = setTimeout(step, 200);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(step);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [items, count, total, first, replacing, steps]);
  return count;
}
