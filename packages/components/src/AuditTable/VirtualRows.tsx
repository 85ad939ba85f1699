import { useEffect, type RefObject } from 'react';
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
  onEndReached?: () => void;
  /** Receives how to bring the event at an index into view (the grid's keyboard moves past the window). */
  onScrollToRow?: (scroll: ((index: number) => void) | undefined) => void;
  /** Which events show their details row. */
  expanded: ExpandedRows;
  /** Opens or closes an event's details row (stable). */
  onToggle: (rowId: string) => void;
}

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
  onScrollToRow,
  expanded,
  onToggle,
}: VirtualRowsProps) {
  const { range, rowWindow } = useRowWindow(events, scrollRef, { keyOf: rowId, estimate: 48, overscan: 8 });
  const lastIndex = range.end - 1;
  useEffect(() => {
    if (onEndReached && events.length > 0 && lastIndex >= events.length - 5) onEndReached();
  }, [onEndReached, events.length, lastIndex]);
  useEffect(() => {
    if (!onScrollToRow) return;
    onScrollToRow((index) => rowWindow.scrollToIndex(index));
    return () => onScrollToRow(undefined);
  }, [onScrollToRow, rowWindow]);
  // Each row's position among all rows for screen readers (aria-rowindex): the header is 1, and an open event
  // adds its details row. Worked out from the open events only: a loop over every loaded row (10,000 deep in
  // a long scroll) ran in every scroll frame.
  const ariaRowIndexOf = ariaRowIndexes(events, expanded);
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
