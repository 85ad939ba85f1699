import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableRow } from './AuditTableRow.tsx';
import { rowId, type ExpandedRows } from './useAuditTable.ts';

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
  events.forEach((event, index) => {
    if (open.has(rowId(event, index))) openIndexes.push(index);
  });
  return (index) => {
    let before = 0;
    while (before < openIndexes.length && openIndexes[before]! < index) before += 1;
    return 2 + index + before;
  };
}

/**
 * The rows of an infinitely scrolled table, virtualised: only those in view (and a few either side) are in the
 * DOM, between two spacer bodies that keep the scroll height. Its own module, with the virtualiser, so that a
 * table with numbered pages never downloads it (`AuditTableView` loads it on demand).
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
  // The virtualizer is read fresh each render on purpose; this component is not memoised by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 48,
    overscan: 8,
    getItemKey: (index) => (index < events.length ? rowId(events[index]!, index) : index),
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && events.length > 0 && lastIndex >= events.length - 5) onEndReached();
  }, [onEndReached, events.length, lastIndex]);
  useEffect(() => {
    if (!onScrollToRow) return;
    onScrollToRow((index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => onScrollToRow(undefined);
  }, [onScrollToRow, virtualizer]);
  // Each row's position among all rows for screen readers (aria-rowindex): the header is 1, and an open event
  // adds its details row. Worked out from the open events only: a loop over every loaded row (10,000 deep in
  // a long scroll) ran in every scroll frame.
  const ariaRowIndexOf = ariaRowIndexes(events, expanded);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  return (
    <>
      {paddingTop > 0 ? (
        <tbody aria-hidden="true">
          {/* Inline: the virtualiser's measured offset of the rows scrolled out above. */}
          <tr style={{ height: paddingTop }} />
        </tbody>
      ) : null}
      {items.map((item) => {
        const event = events[item.index];
        if (!event) return null;
        const id = rowId(event, item.index);
        return (
          <AuditTableRow
            key={id}
            event={event}
            rowId={id}
            columns={columns}
            columnIds={columnIds}
            open={expanded[id] === true}
            onToggle={onToggle}
            index={item.index}
            ariaRowIndex={ariaRowIndexOf(item.index)}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
      {paddingBottom > 0 ? (
        <tbody aria-hidden="true">
          {/* Inline: the virtualiser's measured height of the rows not yet rendered below. */}
          <tr style={{ height: paddingBottom }} />
        </tbody>
      ) : null}
    </>
  );
}
