import { useCallback, useRef, type RefObject } from 'react';
import { stopAt } from '../AuditTable/gridDom.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { isHTMLElement, windowOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';

/**
 * How many frames the first row may take to be drawn (virtual rows, after the scroll to the top) before focus goes
 * to the grid's stop instead.
 */
const framesToWait = 60;

/**
 * After "Show them", focus goes to the events grid's first row, where the new events now are, and the table's view
 * goes back to its top: the button leaves with the notice, and focus fell to the page's body. Deep in an infinite
 * list, the grid's stop was a row far below the new events (or the grid itself, that row being out of the drawn
 * window), and the view stayed there. `shown` is whether the notice (and its button) is drawn. Returns what the
 * button calls before showing the events.
 */
export function useShowNewFocus(notice: RefObject<HTMLElement | null>, shown: boolean): () => void {
  const pending = useRef(false);
  useLayoutEffectOnClient(() => {
    const root = notice.current;
    if (shown || !pending.current || !root) return;
    pending.current = false;
    if (!focusLost(root)) return;
    const grid = gridOf(root);
    const container = grid?.closest('[data-slot="audit-table-container"]');
    if (container && container.scrollTop !== 0) container.scrollTop = 0;
    // From the next frame: the rows this refresh rendered are marked by then (the grid takes their controls out of
    // the Tab order after the commit, so the one element with tabindex 0 is the grid's stop), and virtual rows have
    // drawn the top of the list, scrolled there just now.
    const view = windowOf(root);
    let frames = 0;
    let frame = 0;
    let column: number | undefined;
    const focus = () => {
      if (!focusLost(root) || !grid) return;
      // The column the user was in (the grid's stop's), kept in the first row.
      column ??= columnOf(grid.querySelector('tr [tabindex="0"]'));
      const stop = firstRowStop(grid, column);
      if (stop) {
        // A cell is focusable only with a tabindex; the grid makes it its stop as it takes focus.
        if (!stop.hasAttribute('tabindex')) stop.tabIndex = -1;
        stop.focus();
      } else if (++frames < framesToWait) frame = view.requestAnimationFrame(focus);
      else gridStop(grid)?.focus();
    };
    frame = view.requestAnimationFrame(focus);
    return () => view.cancelAnimationFrame(frame);
  }, [notice, shown]);
  return useCallback(() => {
    pending.current = true;
  }, []);
}

/** The events grid of the log `near` is part of. */
function gridOf(near: HTMLElement): HTMLElement | null {
  return (near.closest('.auditkit') ?? near.ownerDocument).querySelector<HTMLElement>('[role="grid"]');
}

/** The index of the cell holding `stop`, 0 for none. */
function columnOf(stop: Element | null): number {
  const cell = stop?.closest('td, th');
  return isHTMLElement(cell, 'td', 'th') ? cell.cellIndex : 0;
}

/** The stop in the first event's row at `cell` (or the nearest drawn cell), once that row is drawn. */
function firstRowStop(grid: HTMLElement, cell: number): HTMLElement | undefined {
  const row = grid.querySelector<HTMLTableRowElement>('tr[data-grid-row="event"]');
  // Virtual rows: the first drawn is the first event only once the top of the list is drawn.
  const index = row?.parentElement?.dataset.index;
  if (!row || (index !== undefined && index !== '0')) return undefined;
  return stopAt(row, cell);
}

/**
 * The grid's one Tab stop: a cell or control, or the grid itself while its row is scrolled out of the virtual
 * window (no event row to go to: an empty or failed list).
 */
function gridStop(grid: HTMLElement): HTMLElement | null {
  return grid.querySelector<HTMLElement>('tr [tabindex="0"]') ?? (grid.tabIndex === 0 ? grid : null);
}
