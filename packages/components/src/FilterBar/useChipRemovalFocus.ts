import { useCallback, useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { focusLost } from '../ui/focusLost.ts';

const chipSelector = '[data-slot="audit-chip"]';
const searchBox = 'input[role="combobox"], input';

interface Removal {
  /** The chip removed; none for "Clear all". */
  key: string | undefined;
  /** The chips as they were, in order. */
  before: readonly string[];
}

/**
 * Where focus goes when the chip whose remove button had it leaves: the chip that came after it, or the one
 * before when it was the last, or the search box once none is left ("Clear all" too). Without this, focus fell
 * to the page's body and the keyboard user started over from the top. Neighbours are found by key, not position:
 * a filter's remaining values can move in the list when one is removed. Call the returned function with the
 * chip's key just before removing it (no key: all of them).
 */
export function useChipRemovalFocus(
  container: RefObject<HTMLElement | null>,
  keys: readonly string[],
): (key?: string) => void {
  const pending = useRef<Removal | null>(null);

  useLayoutEffectOnClient(() => {
    const removal = pending.current;
    const root = container.current;
    if (!removal || !root) return;
    // Still there: the removal has not reached the query yet.
    if (removal.key !== undefined && keys.includes(removal.key)) return;
    pending.current = null;
    if (!focusLost(root)) return;
    const index = removal.key === undefined ? -1 : removal.before.indexOf(removal.key);
    const after = removal.before.slice(index + 1);
    const before = removal.before.slice(0, Math.max(0, index)).reverse();
    const neighbour = index < 0 ? undefined : [...after, ...before].find((key) => keys.includes(key));
    const chip = [...root.querySelectorAll<HTMLElement>(chipSelector)].find(
      (element) => element.dataset.key === neighbour,
    );
    (chip?.querySelector('button') ?? root.querySelector<HTMLElement>(searchBox))?.focus();
  }, [container, keys]);

  return useCallback(
    (key?: string) => {
      pending.current = { key, before: keys };
    },
    [keys],
  );
}
