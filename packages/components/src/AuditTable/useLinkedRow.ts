import { useEffect, useRef, type RefObject } from 'react';
import type { AuditEventLike } from '../types.ts';
import type { ExpandedRows } from './useAuditTable.ts';
import { rowIds } from './useAuditTable.ts';

/** How many frames the row may take to mount (rows mount a screenful at a time) before focus gives up. */
const framesToWait = 60;

/**
 * The row a link points at (`<AuditTable>`'s `audit.event`): opened once, its expand button focused and the row
 * scrolled to the middle of the view, once; `onClosed` is called when the user closes it after. Nothing for
 * `rowId` `undefined`, the table's usual case.
 */
export function useLinkedRow(
  rowId: string | undefined,
  onClosed: (() => void) | undefined,
  table: {
    events: readonly AuditEventLike[];
    expanded: ExpandedRows;
    openRow: (id: string) => void;
    container: RefObject<HTMLElement | null>;
  },
) {
  const { events, expanded, openRow, container } = table;
  // The row done with (opened and focused, or given up on): a StrictMode re-run, which cancelled the first run's
  // frame, tries again; nothing after.
  const done = useRef<string | undefined>(undefined);
  const isOpen = rowId !== undefined && expanded[rowId] === true;
  useEffect(() => {
    if (rowId === undefined || done.current === rowId) return;
    openRow(rowId);
    const index = rowIds(events).indexOf(rowId);
    let frame = 0;
    let handle = 0;
    // The row's expand button: the tbody of that index where rows are virtual, else the index-th event row.
    const focus = () => {
      const root = container.current;
      const row =
        root?.querySelector(`tbody[data-index="${index}"] tr[data-grid-row="event"]`) ??
        root?.querySelectorAll('tr[data-grid-row="event"]')[index];
      const button = row?.querySelector<HTMLElement>('[data-slot="audit-expand-button"]');
      if (row && button) {
        done.current = rowId;
        button.focus({ preventScroll: true });
        // The middle, not the top: the sticky header would cover a row scrolled to the top.
        row.scrollIntoView({ block: 'center' });
      } else if (++frame < framesToWait) handle = requestAnimationFrame(focus);
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
