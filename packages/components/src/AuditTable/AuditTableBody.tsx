import type { Row } from '@tanstack/react-table';
import { lazy, Suspense, type ReactNode, type RefObject } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableRow } from './AuditTableRow.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import type { AuditTableFeatures } from './auditTableFeatures.ts';
import { FullWidthBody } from './FullWidthBody.tsx';
import type { ExpandedRows } from './VirtualRows.tsx';
import { useProgressiveRows } from './useProgressiveRows.ts';
import { useScreenfulRows } from './useScreenfulRows.ts';

// The virtualiser is a tenth of the bundle and only infinite scrolling uses it: fetched on demand, starting as
// soon as a virtual table renders (while its first page is still loading), so it is there when the rows are.
const loadVirtualRows = () => import('./VirtualRows.tsx');
const VirtualRows = lazy(loadVirtualRows);

/** Props of {@link AuditTableBody}. */
export interface AuditTableBodyProps {
  rows: ReadonlyArray<Row<AuditTableFeatures, AuditEventLike>>;
  columns: readonly AuditColumnLike[];
  visibleKey: string;
  /** How many columns are shown (the expand column included). */
  visibleCount: number;
  /** Replaces the rows: skeleton, empty, error states. */
  status?: ReactNode;
  virtual: boolean;
  scrollRef: RefObject<HTMLDivElement | null>;
  onEndReached?: () => void;
  /** Set by virtual rows: how the grid brings an event that is not rendered into view. */
  onScrollToRow: (scroll: ((index: number) => void) | undefined) => void;
  /** The table's expanded state (virtual rows number their rows with it). */
  expanded: ExpandedRows;
}

type TableRow = Row<AuditTableFeatures, AuditEventLike>;
const sameEvent = (a: TableRow, b: TableRow) => a.original === b.original && a.id === b.id;

/**
 * The table's bodies: a status message, or one `<tbody>` per event (virtualised in infinite mode; a long page
 * mounts its first screenful first, see useProgressiveRows).
 */
export function AuditTableBody({
  rows,
  columns,
  visibleKey,
  visibleCount,
  status,
  virtual,
  scrollRef,
  onEndReached,
  onScrollToRow,
  expanded,
}: AuditTableBodyProps) {
  const screenful = useScreenfulRows(scrollRef, !virtual);
  const mounted = useProgressiveRows(rows, sameEvent, !virtual, screenful);
  if (virtual) void loadVirtualRows();
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
            <AuditTableSkeleton columns={visibleCount} />
          </FullWidthBody>
        }
      >
        <VirtualRows
          rows={rows}
          columns={columns}
          visibleKey={visibleKey}
          scrollRef={scrollRef}
          onEndReached={onEndReached}
          onScrollToRow={onScrollToRow}
          expanded={expanded}
        />
      </Suspense>
    );
  return rows
    .slice(0, mounted)
    .map((row) => (
      <AuditTableRow
        key={row.id}
        row={row}
        columns={columns}
        open={row.getIsExpanded()}
        visibleKey={visibleKey}
      />
    ));
}
