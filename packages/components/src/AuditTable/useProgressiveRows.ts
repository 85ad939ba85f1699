import { startTransition, useEffect, useState } from 'react';

/**
 * Rows mounted with a new page: more than a tall screen shows (a row is at least 37 px high, 29 px compact). A
 * constant, not measured, so the server's render and the hydrating one agree and nothing forces a layout.
 */
export const firstRowCount = 32;
/** Rows added in each later step, each in its own task so input and painting are never held up for long. */
export const rowStep = 80;

interface Shown<T> {
  items: readonly T[];
  count: number;
}

/**
 * How many rows stay mounted when the items change: the mounted rows that are still the same rows in the same
 * places (all of them when the row model was only rebuilt; the first page's rows when the page grew), and at
 * least a first screenful.
 */
function keptCount<T>(shown: Shown<T>, items: readonly T[], same: (a: T, b: T) => boolean): number {
  const limit = Math.min(shown.count, items.length);
  let kept = 0;
  while (kept < limit && same(shown.items[kept]!, items[kept]!)) kept += 1;
  return Math.min(items.length, Math.max(firstRowCount, kept));
}

/**
 * How many of `items` to mount now. A new page of many rows mounts its first screenful at once and the rest in
 * steps after that paint (in transitions, which input interrupts), so a filter change shows its answer in the
 * time a screenful takes instead of the time 200 rows of style and layout take (bench/profile.mjs). Rows that
 * stay the same keep mounted (a row expanded, a column moved, a page grown from 50 to 100 rows).
 *
 * @param items The page's rows, in order.
 * @param same Whether two items are the same row (a rebuilt row model has new objects for the same events).
 * @param enabled Off for virtual rows, which mount only what is in view anyway: every row counts at once.
 */
export function useProgressiveRows<T>(
  items: readonly T[],
  same: (a: T, b: T) => boolean,
  enabled = true,
): number {
  const [shown, setShown] = useState<Shown<T>>(() => ({
    items,
    count: Math.min(items.length, firstRowCount),
  }));
  let current = shown;
  if (enabled && shown.items !== items) {
    // Stored during render (React's pattern for state derived from props), so the rows of a new page never
    // mount all at once, not even for one commit.
    current = { items, count: keptCount(shown, items, same) };
    setShown(current);
  }
  const total = items.length;
  const count = enabled ? current.count : total;
  useEffect(() => {
    if (count >= total) return;
    // After the paint of what is mounted: a timer, not a microtask, so the browser paints first.
    const timer = setTimeout(() =>
      startTransition(() =>
        setShown((state) =>
          state.items === items ? { items, count: Math.min(total, state.count + rowStep) } : state,
        ),
      ),
    );
    return () => clearTimeout(timer);
  }, [items, count, total]);
  return count;
}
