import type { AuditListViewStatus } from '@auditkit/headless';
import { useCallback, useRef } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { windowOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import { revealStop } from './revealStop.ts';

/**
 * "Clear filters" and "Retry" leave with the status that holds them, and the grid gives focus back only when one
 * of its own rows had it (`GridNavigator.settle`): focus fell to the page's body. Once the body shows something
 * again, focus goes to the grid's Tab stop (the first event, or the header when there is none), or to the status's
 * button when that is back (a retry that failed again). Returns what those buttons call with themselves first.
 */
export function useStatusFocus(body: AuditListViewStatus): (button: HTMLElement) => void {
  const from = useRef<HTMLElement | null>(null);
  useLayoutEffectOnClient(() => {
    const grid = from.current;
    if (!grid || body === 'loading') return;
    // Two frames: the grid marks its new rows and settles its Tab stop at the start of the next frame (a request
    // made after this one), so the stop is found one frame later.
    const view = windowOf(grid);
    let frame = view.requestAnimationFrame(() => {
      frame = view.requestAnimationFrame(() => {
        from.current = null;
        if (!focusLost(grid)) return;
        const button = grid.querySelector<HTMLElement>('[data-slot="audit-table-status"] button');
        const target = button ?? gridStop(grid);
        // A stop in a column at the box's edge would keep only a sliver of its ring in view.
        if (target && !button) revealStop(target);
        target?.focus();
      });
    });
    return () => view.cancelAnimationFrame(frame);
  }, [body]);
  return useCallback((button: HTMLElement) => {
    from.current = button.closest<HTMLElement>('[role="grid"]');
  }, []);
}

/** The grid's one Tab stop: a cell or control of its rows, or the grid itself while that row is scrolled away. */
function gridStop(grid: HTMLElement): HTMLElement | null {
  return grid.querySelector<HTMLElement>('tr [tabindex="0"]') ?? (grid.tabIndex === 0 ? grid : null);
}
