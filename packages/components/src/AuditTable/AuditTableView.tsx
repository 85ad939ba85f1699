import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { DisclosureScope } from '../cells/DisclosureScope.tsx';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { cx } from '../ui/cx.ts';
import { auditColumnDefs, expandColumnId, fillColumnId } from './auditColumnDefs.tsx';
import { auditTableFeatures } from './auditTableFeatures.ts';
import { AuditTableHeader } from './AuditTableHeader.tsx';
import { AuditTableRow } from './AuditTableRow.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import { FullWidthBody } from './FullWidthBody.tsx';

// The virtualiser is a tenth of the bundle and only infinite scrolling uses it: fetched on demand, starting as
// soon as a virtual table renders (while its first page is still loading), so it is there when the rows are.
const loadVirtualRows = () => import('./VirtualRows.tsx');
const VirtualRows = lazy(loadVirtualRows);

/** Server-side sort of the table. */
export interface AuditTableSort {
  column: string;
  direction: 'asc' | 'desc';
}

/** Props of {@link AuditTableView}. */
export interface AuditTableViewProps {
  /** The events to show, already filtered, sorted and paged by the server. */
  events: readonly AuditEventLike[];
  /** Every column from the metadata. */
  columns: readonly AuditColumnLike[];
  /** Names of the shown columns, in order. @default the columns with `showInTable` */
  visibleColumns?: readonly string[];
  sort: AuditTableSort;
  onSortChange: (sort: AuditTableSort) => void;
  /** Dims the rows while a newer page loads (the previous rows stay). */
  loading?: boolean;
  /** Replaces the body: skeleton, empty, error states. */
  status?: ReactNode;
  /** Virtualise rows for long, infinitely scrolled lists. @default false */
  virtual?: boolean;
  /** Called when the user scrolls near the end (virtual mode). */
  onEndReached?: () => void;
  /** Rows after the list (e.g. "loading more"). */
  footer?: ReactNode;
  className?: string;
}

const stableEmpty: AuditEventLike[] = [];
const rowId = (event: AuditEventLike, index: number) =>
  typeof event.frontegg_id === 'string' && event.frontegg_id ? event.frontegg_id : String(index);

/**
 * The events table on given data, without fetching: a real `<table>` with a caption, `<th scope="col">`
 * headers, `aria-sort` and sort buttons, resizable columns, a sticky header and rows that expand into event
 * details. `<AuditTable>` connects it to the API; use this one for events you already have.
 *
 * @example
 * ```tsx
 * <AuditTableView events={events} columns={columns} sort={sort} onSortChange={setSort} />
 * ```
 */
export function AuditTableView({
  events,
  columns,
  visibleColumns,
  sort,
  onSortChange,
  loading = false,
  status,
  virtual = false,
  onEndReached,
  footer,
  className,
}: AuditTableViewProps) {
  const { messages } = useAuditUi();
  const defs = useMemo(() => auditColumnDefs(columns), [columns]);
  const shown = useMemo(
    () =>
      visibleColumns ?? columns.filter((column) => column.showInTable !== false).map((column) => column.name),
    [visibleColumns, columns],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(columns.map((column) => [column.name, shown.includes(column.name)])),
    [columns, shown],
  );
  const columnOrder = useMemo(() => [expandColumnId, ...shown], [shown]);
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.direction === 'desc' }], [sort]);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      // The API always sorts by something: toggling off returns to the default instead of "unsorted".
      if (!first) onSortChange({ column: sort.column, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
      else onSortChange({ column: first.id, direction: first.desc ? 'desc' : 'asc' });
    },
    [sorting, sort, onSortChange],
  );
  const [columnSizing, setColumnSizing] = useState<Record<string, number>>({});
  const [expanded, setExpanded] = useState<Record<string, boolean> | true>({});

  const table = useTable({
    features: auditTableFeatures,
    columns: defs,
    data: (events as AuditEventLike[]) ?? stableEmpty,
    getRowId: rowId,
    getRowCanExpand: () => true,
    manualSorting: true,
    manualExpanding: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    columnResizeMode: 'onChange',
    state: { sorting, columnVisibility, columnOrder, columnSizing, expanded },
    onSortingChange,
    onColumnSizingChange: setColumnSizing,
    onExpandedChange: setExpanded,
  });

  const onResizeBy = useCallback(
    (columnId: string, delta: number) => {
      const column = table.getColumn(columnId);
      if (!column) return;
      const min = column.columnDef.minSize ?? 40;
      const max = column.columnDef.maxSize ?? 900;
      const next = Math.min(max, Math.max(min, column.getSize() + delta));
      setColumnSizing((sizes) => ({ ...sizes, [columnId]: next }));
    },
    [table],
  );

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  if (virtual) void loadVirtualRows();

  const visibleKey = columnOrder.join('\u0000');
  const visibleCount = table.getVisibleLeafColumns().length;

  return (
    <div ref={scrollRef} data-slot="audit-table-container" className={cx(className)}>
      {/* One state map for every cell disclosure, instead of useState/useId in each of hundreds of cells. */}
      <DisclosureScope>
        <table
          data-slot="audit-table"
          aria-busy={loading || undefined}
          data-loading={loading ? '' : undefined}
          // Inline because it is the sum of the live column sizes, which change as the user resizes.
          style={{ minWidth: table.getTotalSize() }}
        >
          <caption>{messages.tableCaption}</caption>
          <colgroup>
            {table.getVisibleLeafColumns().map((column) => (
              // The fill column has no width: a fixed-layout table gives it what the others leave.
              <col
                key={column.id}
                style={column.id === fillColumnId ? undefined : { width: column.getSize() }}
              />
            ))}
          </colgroup>
          <thead data-slot="audit-table-head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <AuditTableHeader key={header.id} header={header} onResizeBy={onResizeBy} />
                ))}
              </tr>
            ))}
          </thead>
          {status ? (
            <FullWidthBody slot="audit-table-status" span={visibleCount}>
              {status}
            </FullWidthBody>
          ) : virtual ? (
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
              />
            </Suspense>
          ) : (
            rows.map((row) => (
              <AuditTableRow
                key={row.id}
                row={row}
                columns={columns}
                open={row.getIsExpanded()}
                visibleKey={visibleKey}
              />
            ))
          )}
          {footer ? (
            <FullWidthBody slot="audit-table-footer" span={visibleCount}>
              {footer}
            </FullWidthBody>
          ) : null}
        </table>
      </DisclosureScope>
    </div>
  );
}
