import { useEffect, useState, type RefObject } from 'react';
import { firstRowCount } from './useProgressiveRows.ts';
import { resizeObserverOf, windowOf } from '../ui/domRealm.ts';

/** The fewest rows a new page mounts first, whatever the measure says. */
const fewest = 8;

/**
 * How many rows fill what the table shows of itself: the visible height of its scroll container (or of the
 * window, when the container grows with its rows) over the rows' average height, with a quarter more and one
 * row to spare, between 8 and `firstRowCount`. Measured by ResizeObserver, which reports after layout, so
 * nothing forces one; until the first measure (and on the server) it is `firstRowCount`.
 *
 * Mounting no more than this first is what lets a filter change paint its answer early: every row mounted in
 * that commit costs its style, layout and paint before anything shows (bench/profile.mjs filter).
 *
 * @param scrollRef The table's scroll container; its `<table>` is a child.
 * @param enabled Off for virtual rows.
 */
export function useScreenfulRows(scrollRef: RefObject<HTMLElement | null>, enabled: boolean): number {
  const [rows, setRows] = useState(firstRowCount);
  useEffect(() => {
    const container = scrollRef.current;
    const table = container?.querySelector<HTMLTableElement>(':scope > table');
    if (!enabled || !container || !table || typeof ResizeObserver !== 'function') return;
    const observer = resizeObserverOf(container, () => {
      // One <tbody> per event (and one for a message or the footer, if any).
      const count = table.tBodies.length;
      // A skeleton or a message, or too few rows to say what a row measures.
      if (count < 4) return;
      // The header counts as one row more: rows come out a little taller than they are, which the margin below
      // more than makes up for.
      const rowHeight = table.getBoundingClientRect().height / (count + 1);
      // The container's own window: a log rendered into an iframe has the frame's height, not the host page's.
      const visible = Math.min(container.clientHeight, windowOf(container).innerHeight);
      if (!(rowHeight > 0) || !(visible > 0)) return;
      const fill = Math.ceil((visible * 1.25) / rowHeight) + 1;
      setRows(Math.max(fewest, Math.min(firstRowCount, fill)));
    });
    observer.observe(container);
    observer.observe(table);
    return () => observer.disconnect();
  }, [scrollRef, enabled]);
  return rows;
}
