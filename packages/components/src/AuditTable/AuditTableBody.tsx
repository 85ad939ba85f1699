import { Suspense, type ReactNode, type RefObject } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { onDemand } from '../ui/onDemand.ts';
import { AuditTableRow } from './AuditTableRow.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import { FullWidthBody } from './FullWidthBody.tsx';
import { rowIds, type ExpandedRows } from './useAuditTable.ts';
import { rowsPastOutOfView } from './rowsPastOutOfView.ts';
import { useProgressiveRows } from './useProgressiveRows.ts';
import { useScreenfulRows } from './useScreenfulRows.ts';

// Only infinite scrolling uses the row window (about 2 KiB): fetched on demand, starting as soon as a virtual
// table renders (while its first page is still loading), so it is there when the rows are. A failed fetch
// (offline) shows the table's error state, whose Retry fetches it again: React's own `lazy` stays failed, and the
// list stayed broken until the page was reloaded.
const virtualRows = onDemand(() => import('./VirtualRows.tsx'));
const VirtualRows = virtualRows.part((module) => module.default);
// A failed early fetch is no error of the page's: the rows' own load tries again and shows it.
const preloadVirtualRows = () => void virtualRows.preload().catch(() => undefined);

/** Props of {@link AuditTableBody}. */
export interface AuditTableBodyProps {
  events: readonly AuditEventLike[];
  columns: readonly AuditColumnLike[];
  /** The shown columns' ids in order, the expand column first. */
  columnIds: readonly string[];
  /** Replaces the rows: skeleton, empty, error states. */
  status?: ReactNode | undefined;
  virtual: boolean;
  /** The rows shown are to be replaced by a page that is loading (see useProgressiveRows' `replacing`). */
  replacing?: boolean | undefined;
  scrollRef: RefObject<HTMLDivElement | null>;
  onEndReached?: (() => void) | undefined;
  /** Which list the rows are: virtual rows go back to the top when it changes (see AuditTableView). */
  listKey?: string | number | undefined;
  /** Set by virtual rows: how the grid brings an event that is not rendered into view. */
  onScrollToRow: (scroll: ((index: number) => void) | undefined) => void;
  /** Which events show their details row. */
  expanded: ExpandedRows;
  /** Opens or closes an event's details row (stable). */
  onToggle: (rowId: string) => void;
}

// The same event at the same place is the same row (its id comes from the event, or from the place).
const sameEvent = (a: AuditEventLike, b: AuditEventLike) => a === b;

/**
 * The table's bodies: a status message, or one `<tbody>` per event (virtualised in infinite mode; a long page
 * mounts its first screenful first, see useProgressiveRows).
 */
export function AuditTableBody({
  events,
  columns,
  columnIds,
  status,
  replacing = false,
  virtual,
  scrollRef,
  onEndReached,
  listKey,
  onScrollToRow,
  expanded,
  onToggle,
}: AuditTableBodyProps) {
  const visibleCount = columnIds.length;
  const screenful = useScreenfulRows(scrollRef, !virtual);
  const ids = rowIds(events);
  // An open row further down than a screenful mounts with the first ones: a new page that holds it (a filter
  // from its details) kept it mounted, details, unfolded JSON and focus in them, instead of taking it down with
  // the rest and bringing it back a step later, closed to a keyboard user whose focus fell to the page's body.
  let lastOpen = -1;
  ids.forEach((id, index) => {
    if (expanded[id] === true) lastOpen = index;
  });
  const mounted = useProgressiveRows(
    events,
    sameEvent,
    !virtual,
    Math.max(screenful, lastOpen + 1),
    replacing,
    (first) => rowsPastOutOfView(scrollRef.current, first),
  );
  if (virtual) preloadVirtualRows();
  if (status)
    return (
      <FullWidthBody slot="audit-table-status" span={visibleCount}>
        {status}
      </FullWidthBody>
    );
  if (virtual)
    return (
      <Suspense
        fallback={
          // The same skeleton as while the first page loads, so nothing moves when the rows arrive.
          <FullWidthBody slot="audit-table-status" span={visibleCount}>
            <AuditTableSkeleton columns={visibleCount} rows={events.length} />
          </FullWidthBody>
        }
      >
        <VirtualRows
          events={events}
          columns={columns}
          columnIds={columnIds}
          scrollRef={scrollRef}
          onEndReached={onEndReached}
          listKey={listKey}
          onScrollToRow={onScrollToRow}
          expanded={expanded}
          onToggle={onToggle}
        />
      </Suspense>
    );
  return events.slice(0, mounted).map((event, index) => {
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
      />
    );
  });
}
