import { useEffect, useRef, type RefObject } from 'react';
import type { AuditEventLike } from '../types.ts';
import type { ExpandedRows } from './useAuditTable.ts';
import { rowIds } from './useAuditTable.ts';

/** How many frames the row may take to mount (rows mount a screenful at a time) before focus gives up. */
const framesToWait = 60;

/**
 * The row a link points at (`<AuditTable>`'s `audit.event`, or a details pivot's event in an infinite list): opened
 * once, its expand button focused and the row scrolled to the middle of the view, once; `onClosed` is called when
 * the user closes it after. Focus stays where the user put it elsewhere (a pivot's chip, the row's own details).
 * Virtual rows draw only those near the view: the view is moved to the row's place until it is drawn. Nothing for
 * `rowId` `undefined`, the table's usual case; the same row given again after it is run again.
 */
export function useLinkedRow(
  rowId: string | undefined,
  onClosed: (() => void) | undefined,
  table: {
    events: readonly AuditEventLike[];
    expanded: ExpandedRows;
    openRow: (id: string) => void;
    container: RefObject<HTMLElement | null>;
    /** Brings the event at an index into the virtual window (the grid's, as its keyboard does). */
    showRow?: ((index: number) => void) | undefined;
  },
) {
  const { events, expanded, openRow, container, showRow } = table;
  // The row done with (opened and focused, or given up on): a StrictMode re-run, which cancelled the first run's
  // frame, tries again; nothing after.
  const done = useRef<string | undefined>(undefined);
  const isOpen = rowId !== undefined && expanded[rowId] === true;
  useEffect(() => {
    if (rowId === undefined) done.current = undefined;
    if (rowId === undefined || done.current === rowId) return;
    openRow(rowId);
    const index = rowIds(events).indexOf(rowId);
    let frame = 0;
    let handle = 0;
    // The row's expand button: the tbody of that index where rows are virtual (never the index-th drawn, another
    // event's once the view is down the list), else the index-th event row.
    const focus = () => {
      const root = container.current;
      const virtual = root?.dataset.virtual !== undefined;
      const row =
        root?.querySelector(`tbody[data-index="${index}"] tr[data-grid-row="event"]`) ??
        (virtual ? undefined : root?.querySelectorAll('tr[data-grid-row="event"]')[index]);
      const button = row?.querySelector<HTMLElement>('[data-slot="audit-expand-button"]');
      if (row && button) {
        done.current = rowId;
        if (focusIsFree(root!, row)) button.focus({ preventScroll: true });
        // The middle, not the top: the sticky header would cover a row scrolled to the top.
        row.scrollIntoView({ block: 'center' });
        return;
      }
      if (virtual && index >= 0) showRow?.(index);
      if (++frame < framesToWait) handle = requestAnimationFrame(focus);
      else done.current = rowId;
    };
    handle = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(handle);
    // Once per linked row: the events and their order are read as they are when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowId]);
  // Closed by the user after it opened: said once, so the link's key can leave the URL.
  const openedRow = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (isOpen) openedRow.current = rowId;
    else if (rowId !== undefined && openedRow.current === rowId) {
      openedRow.current = undefined;
      onClosed?.();
    }
  }, [isOpen, rowId, onClosed]);
}

/**
 * Whether the linked row may take focus: nothing has it (the page's body, as a link opens), or it is in the table
 * but not in the row (the grid, where focus falls when rows it was in leave). Not from a control elsewhere (the
 * chip a pivot focused) or from inside the row (its own details).
 */
function focusIsFree(root: HTMLElement, row: Element): boolean {
  const active = root.ownerDocument.activeElement;
  if (!active || active === root.ownerDocument.body) return true;
  return root.contains(active) && !row.parentElement?.contains(active);
}
