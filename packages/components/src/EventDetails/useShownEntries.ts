import { useCallback, useRef, useState } from 'react';
import { focusLost } from '../ui/focusLost.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';

/**
 * Entries a branch of the JSON tree (and the details' list of an event's own fields) mounts when it opens, and how
 * many more each "Show more" adds. A payload is whatever a tenant's app recorded: a branch of 50,000 entries,
 * mounted whole, froze the host page for seconds when the details opened. 100 short lines are a few screens of the panel and mount in a few milliseconds, and a
 * reader looking for one entry deep in a long array copies the payload rather than paging to it.
 */
export const jsonTreeSliceSize = 100;

/** What {@link useShownEntries} decides for one branch. */
export interface ShownEntries {
  /** How many of the branch's entries to mount, from the first. */
  count: number;
  /** Entries not mounted yet. */
  left: number;
  /** How many the next `showMore` adds. */
  more: number;
  showMore: () => void;
  /** The entry that takes focus when the last slice came in (its button left with it), if it did. */
  focusAt: number | undefined;
  /** For the element of the entry at `focusAt` that can hold focus. */
  focusRef: (element: HTMLElement | null) => void;
}

/**
 * How many of a branch's `total` entries are shown: a slice at first, a slice more each time it is asked. While
 * entries are left the "Show more" button stays where it was, so focus stays on it and the next press shows the
 * next slice, as the list's "Load more" does (moving focus into each new slice would send a keyboard user paging
 * through 5,000 entries back to the button 50 times); the new entries sit just before it. The press that shows the
 * last slice removes the button, and focus, which would fall to the page's body, moves to the first entry it added
 * (unless something else has taken it): where reading goes on.
 */
export function useShownEntries(total: number): ShownEntries {
  const [shown, setShown] = useState(jsonTreeSliceSize);
  const [focusAt, setFocusAt] = useState<number>();
  const target = useRef<HTMLElement | null>(null);
  // Set by the press that shows the last slice and read once after its commit: a branch closed and opened again
  // mounts the same entry anew, and must not take focus from its toggle then.
  const moveFocus = useRef(false);
  const focusRef = useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
  useLayoutEffectOnClient(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const element = target.current;
    if (element && focusLost(element)) element.focus();
  }, [shown]);
  const count = Math.min(shown, total);
  const left = total - count;
  return {
    count,
    left,
    more: Math.min(left, jsonTreeSliceSize),
    showMore: () => {
      if (left <= jsonTreeSliceSize) {
        moveFocus.current = true;
        setFocusAt(count);
      }
      setShown(count + jsonTreeSliceSize);
    },
    focusAt,
    focusRef,
  };
}
