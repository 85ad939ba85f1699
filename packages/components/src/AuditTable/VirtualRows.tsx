import type { Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableRow } from './AuditTableRow.tsx';
import type { AuditTableFeatures } from './auditTableFeatures.ts';

/** Props of {@link VirtualRows}. */
export interface VirtualRowsProps {
  rows: ReadonlyArray<Row<AuditTableFeatures, AuditEventLike>>;
  columns: readonly AuditColumnLike[];
  visibleKey: string;
  /** The table's scroll container. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Called when the rendered rows come within five of the last loaded one. */
  onEndReached?: () => void;
  /** Receives how to bring the event at an index into view (the grid's keyboard moves past the window). */
  onScrollToRow?: (scroll: ((index: number) => void) | undefined) => void;
}

/**
 * The rows of an infinitely scrolled table, virtualised: only those in view (and a few either side) are in the
 * DOM, between two spacer bodies that keep the scroll height. Its own module, with the virtualiser, so that a
 * table with numbered pages never downloads it (`AuditTableView` loads it on demand).
 */
export default function VirtualRows({
  rows,
  columns,
  visibleKey,
  scrollRef,
  onEndReached,
  onScrollToRow,
}: VirtualRowsProps) {
  // The virtualizer is read fresh each render on purpose; this component is not memoised by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 48,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && rows.length > 0 && lastIndex >= rows.length - 5) onEndReached();
  }, [onEndReached, rows.length, lastIndex]);
  useEffect(() => {
    if (!onScrollToRow) return;
    onScrollToRow((index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => onScrollToRow(undefined);
  }, [onScrollToRow, virtualizer]);
  // Each row's position among all rows for screen readers (aria-rowindex): the header is 1, and an open event
  // adds its details row. A plain loop over the loaded rows, as cheap as the virtualiser's own per-row work.
  const ariaRowIndexes: number[] = [];
  for (let i = 0, next = 2; i < rows.length; i += 1) {
    ariaRowIndexes.push(next);
    next += rows[i]!.getIsExpanded() ? 2 : 1;
  }
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
        const row = rows[item.index];
        return row ? (
          <AuditTableRow
            key={row.id}
            row={row}
            columns={columns}
            open={row.getIsExpanded()}
            visibleKey={visibleKey}
            index={item.index}
            ariaRowIndex={ariaRowIndexes[item.index]}
            measureRef={virtualizer.measureElement}
          />
        ) : null;
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
