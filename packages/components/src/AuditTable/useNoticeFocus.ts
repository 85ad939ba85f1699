import { useCallback, useRef, type FocusEvent } from 'react';
import { windowOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { revealStop } from './revealStop.ts';

/**
 * A notice just above the table's box that leaves while it has focus (its Retry brought the rows it asked for), or
 * loses the control that had it, would drop focus to the page's body: it goes to the grid's Tab stop instead,
 * where the new rows are, as the table's own states do (`useStatusFocus`). `shown`: the notice is there with a
 * control that can hold focus. Returns what the notice's element takes.
 */
export function useNoticeFocus(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  // The grid below the notice while focus is in it: the notice is gone by the time it is wanted.
  const grid = useRef<HTMLElement | null>(null);
  const onFocus = useCallback(() => {
    // The first of the following siblings that holds it: another notice may stand between (the refresh notice, a
    // linked event's status), and looking at the next one alone left focus on the page's body.
    let sibling = ref.current?.nextElementSibling;
    let found: HTMLElement | null = null;
    while (sibling && !found) {
      found = sibling.querySelector<HTMLElement>('[role="grid"]');
      sibling = sibling.nextElementSibling;
    }
    grid.current = found;
  }, []);
  // A control removed while focused blurs too (Chrome): it still had focus when it left.
  const onBlur = useCallback((event: FocusEvent) => {
    const next = event.relatedTarget;
    if (event.target.isConnected && !(next instanceof Node && ref.current?.contains(next)))
      grid.current = null;
  }, []);
  useLayoutEffectOnClient(() => {
    const target = grid.current;
    if (shown || !target) return;
    // Two frames: the grid settles its Tab stop on its new rows at the start of the next one.
    const view = windowOf(target);
    let frame = view.requestAnimationFrame(() => {
      frame = view.requestAnimationFrame(() => {
        grid.current = null;
        if (!focusLost(target)) return;
        const stop =
          target.querySelector<HTMLElement>('tr [tabindex="0"]') ?? (target.tabIndex === 0 ? target : null);
        // A stop in a column at the box's edge would keep only a sliver of its ring in view.
        if (stop) revealStop(stop);
        stop?.focus();
      });
    });
    return () => view.cancelAnimationFrame(frame);
  }, [shown]);
  return { ref, onFocus, onBlur };
}
