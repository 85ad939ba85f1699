import { useState, useSyncExternalStore, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { RowWindow, type RowRange } from './RowWindow.ts';

/** Options of {@link useRowWindow}. */
export interface RowWindowOptions<T> {
  /** A row's identity, which its measured height is kept under. Stable (a module function). */
  keyOf: (item: T, index: number, items: readonly T[]) => string;
  /** A row's height before any row is measured. */
  estimate: number;
  /** Rows rendered either side of those in view. */
  overscan: number;
}

/**
 * The rows of `items` in view in `scrollRef`'s container (see RowWindow): the range re-renders the caller only
 * when it changes. `rowWindow.measure` is each row element's ref; `rowWindow.scrollToIndex` brings a row in.
 */
export function useRowWindow<T>(
  items: readonly T[],
  scrollRef: RefObject<HTMLElement | null>,
  options: RowWindowOptions<T>,
): { range: RowRange; rowWindow: RowWindow<T> } {
  const [rowWindow] = useState(() => {
    const created = new RowWindow(options);
    created.setItems(items);
    return created;
  });
  useLayoutEffectOnClient(() => {
    let detach = rowWindow.attach(scrollRef.current);
    let gone = false;
    // React sets a parent's ref after its children's layout effects: when the rows come in the container's first
    // commit, it is not known here yet, but is once the commit is done (still before the browser paints).
    if (!scrollRef.current)
      queueMicrotask(() => {
        if (!gone) detach = rowWindow.attach(scrollRef.current);
      });
    return () => {
      gone = true;
      detach();
    };
  }, [rowWindow, scrollRef]);
  useLayoutEffectOnClient(() => rowWindow.setItems(items), [rowWindow, items]);
  const range = useSyncExternalStore(rowWindow.subscribe, rowWindow.getRange, rowWindow.getRange);
  // The range is drawn: a view waiting for it (the row-height guess changed) is put back before the paint.
  useLayoutEffectOnClient(() => rowWindow.settle(range), [rowWindow, range]);
  return { range, rowWindow };
}
