import { useCallback, useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { windowOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';

/**
 * After "Show them", focus goes to the events grid (its one Tab stop, where the user last was in it), where the
 * new events now are: the button leaves with the notice, and focus fell to the page's body. `shown` is whether
 * the notice (and its button) is drawn. Returns what the button calls before showing the events.
 */
export function useShowNewFocus(notice: RefObject<HTMLElement | null>, shown: boolean): () => void {
  const pending = useRef(false);
  useLayoutEffectOnClient(() => {
    const root = notice.current;
    if (shown || !pending.current || !root) return;
    pending.current = false;
    if (!focusLost(root)) return;
    // At the next frame: the rows this refresh rendered are marked by then (the grid takes their controls out of
    // the Tab order after the commit), so the one element with tabindex 0 is the grid's stop.
    const view = windowOf(root);
    const frame = view.requestAnimationFrame(() => {
      if (focusLost(root)) gridStop(root)?.focus();
    });
    return () => view.cancelAnimationFrame(frame);
  }, [notice, shown]);
  return useCallback(() => {
    pending.current = true;
  }, []);
}

/**
 * The events grid's one Tab stop in the log `near` is part of: a cell or control, or the grid itself while its
 * row is scrolled out of the virtual window.
 */
function gridStop(near: HTMLElement): HTMLElement | null {
  const grid = (near.closest('.auditkit') ?? near.ownerDocument).querySelector<HTMLElement>('[role="grid"]');
  return grid?.querySelector<HTMLElement>('tr [tabindex="0"]') ?? (grid?.tabIndex === 0 ? grid : null);
}
