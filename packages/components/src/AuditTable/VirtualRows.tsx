import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableRow } from './AuditTableRow.tsx';
import { rowId, rowIds, type ExpandedRows } from './useAuditTable.ts';
import { useRowWindow } from './useRowWindow.ts';

/** Props of {@link VirtualRows}. */
export interface VirtualRowsProps {
  events: readonly AuditEventLike[];
  columns: readonly AuditColumnLike[];
  /** The shown columns' ids in order, the expand column first. */
  columnIds: readonly string[];
  /** The table's scroll container. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Called when the rendered rows come within five of the last loaded one. */
  onEndReached?: (() => void) | undefined;
  /** Which list the rows are: when it changes (another query's), the view goes back to its top. */
  listKey?: string | number | undefined;
  /** Receives how to bring the event at an index into view (the grid's keyboard moves past the window). */
  onScrollToRow?: ((scroll: ((index: number) => void) | undefined) => void) | undefined;
  /** Which events show their details row. */
  expanded: ExpandedRows;
  /** Opens or closes an event's details row (stable). */
  onToggle: (rowId: string) => void;
}

/** No list shown yet: the first list resets the view too (the first rows after a loading or error state). */
const notShown = Symbol('no list');

/** The `aria-rowindex` of the event at each index: 2 for the first (the header is 1), one more for each open event before it. */
function ariaRowIndexes(
  events: readonly AuditEventLike[],
  expanded: ExpandedRows,
): (index: number) => number {
  const open = new Set(Object.keys(expanded).filter((id) => expanded[id] === true));
  if (open.size === 0) return (index) => 2 + index;
  // Indexes of the open events, in order; an event's row index counts those before it.
  const openIndexes: number[] = [];
  rowIds(events).forEach((id, index) => {
    if (open.has(id)) openIndexes.push(index);
  });
  return (index) => {
    let before = 0;
    while (before < openIndexes.length && openIndexes[before]! < index) before += 1;
    return 2 + index + before;
  };
}

/**
 * The rows of an infinitely scrolled table, virtualised: only those in view (and a few either side) are in the
 * DOM, between two spacer bodies that keep the scroll height (see RowWindow). Its own module, so that a table
 * with numbered pages never downloads it (`AuditTableView` loads it on demand).
 */
export default function VirtualRows({
  events,
  columns,
  columnIds,
  scrollRef,
  onEndReached,
  listKey,
  onScrollToRow,
  expanded,
  onToggle,
}: VirtualRowsProps) {
  // A new list (another query's rows, or the first rows after a loading or error state) starts at its top: the
  // browser kept the scroll position, clamped to the new rows, which put the view near the end of the first page.
  // Before the row window's effects (declared after this), so the rows it works out are those at the top.
  const shownList = useRef<string | number | undefined | typeof notShown>(notShown);
  useLayoutEffectOnClient(() => {
    if (shownList.current === listKey) return;
    shownList.current = listKey;
    const container = scrollRef.current;
    if (container && container.scrollTop !== 0) container.scrollTop = 0;
  }, [listKey, scrollRef]);
  const { range, rowWindow } = useRowWindow(events, scrollRef, { keyOf: rowId, estimate: 48, overscan: 8 });
  const lastIndex = range.end - 1;
  useEffect(() => {
    // The window's range now, not this render's: the render that brings a new list draws the old list's range
    // (near the end of the new rows once the view was deep), and it runs its effects before the rows at the top
    // are drawn. Read from that, it asked for the new list's second page at once.
    const last = rowWindow.getRange().end - 1;
    if (onEndReached && events.length > 0 && last >= events.length - 5) onEndReached();
  }, [onEndReached, events.length, lastIndex, rowWindow]);
  useEffect(() => {
    if (!onScrollToRow) return;
    onScrollToRow((index) => rowWindow.scrollToIndex(index));
    return () => onScrollToRow(undefined);
  }, [onScrollToRow, rowWindow]);
  // Each row's position among all rows for screen readers (aria-rowindex): the header is 1, and an open event
  // adds its details row. Worked out once per list and open rows, not in every scroll frame: with a row open it
  // looks through every loaded row (10,000 deep in a long scroll).
  const ariaRowIndexOf = useMemo(() => ariaRowIndexes(events, expanded), [events, expanded]);
  const ids = rowIds(events);
  const rows = events.slice(range.start, range.end);
  return (
    <>
      {range.before > 0 ? (
        <tbody aria-hidden="true">
          {/* Inline: the measured height of the rows scrolled out above. */}
          <tr style={{ height: range.before }} />
        </tbody>
      ) : null}
      {rows.map((event, offset) => {
        const index = range.start + offset;
        const id = ids[index]!;
        return (
          <AuditTableRow
            key={id}
            event={event}
            rowId={id}
            columns={columns}
            columnIds={columnIds}
            open={expanded[id] === true}
            onToggle={onToggle}
            index={index}
            ariaRowIndex={ariaRowIndexOf(index)}
            measureRef={rowWindow.measure}
          />
        );
      })}
      {range.after > 0 ? (
        <tbody aria-hidden="true">
          {/* Inline: the measured height of the rows not rendered below. */}
          <tr style={{ height: range.after }} />
        </tbody>
      ) : null}
    </>
  );
}
