import type { AuditSort } from '@auditkit/headless';
import { useRef, type ReactNode } from 'react';
import { DisclosureScope } from '../cells/DisclosureScope.tsx';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { cx } from '../ui/cx.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { fillColumnId } from './auditColumnDefs.tsx';
import { AuditTableBody } from './AuditTableBody.tsx';
import { AuditTableHeader } from './AuditTableHeader.tsx';
import { FullWidthBody } from './FullWidthBody.tsx';
import { rowIdSet, useAuditTable, type ExpandedRows } from './useAuditTable.ts';
import { useGridNavigation } from './useGridNavigation.ts';
import { useLinkedRow } from './useLinkedRow.ts';
import { useListRun } from './useListRun.ts';
import { useRowOpenedInView } from './useRowOpenedInView.ts';
import { useServerStylesReapplied } from './useServerStylesReapplied.ts';

/** Props of {@link AuditTableView}. */
export interface AuditTableViewProps {
  /** The events to show, already filtered, sorted and paged by the server. */
  events: readonly AuditEventLike[];
  /** Every column from the metadata. */
  columns: readonly AuditColumnLike[];
  /** Names of the shown columns, in order. @default the columns with `showInTable` */
  visibleColumns?: readonly string[] | undefined;
  /** The server-side sort (the query's). */
  sort: AuditSort;
  onSortChange: (sort: AuditSort) => void;
  /** A newer page is loading: the grid says it is busy (`aria-busy`, a line under the header); the rows stay. */
  loading?: boolean | undefined;
  /**
   * The rows shown are the previous page's, to be replaced by the one loading (a filter, sort, page or page size
   * changed; `<AuditTable>` sets it with `loading`). No more of them mount meanwhile, and if those past the first
   * screenful are out of sight as it starts, they are taken down at once: the new page's first commit mounts a
   * screenful and would take them down then, which was most of its time on a long page.
   */
  replacing?: boolean | undefined;
  /** Replaces the body: skeleton, empty, error states. */
  status?: ReactNode | undefined;
  /** Virtualise rows for long, infinitely scrolled lists. @default false */
  virtual?: boolean | undefined;
  /** Called when the user scrolls near the end (virtual mode). */
  onEndReached?: (() => void) | undefined;
  /**
   * Count of all the events of the list, when the server says it (virtual mode, where only some are loaded and
   * rendered): the grid's `aria-rowcount` is worked out from it. Unknown, it is -1.
   */
  total?: number | undefined;
  /**
   * Which list the rows are (`<AuditTable>` changes it when another query's events replace those of an infinite
   * list): when it changes, the table scrolls back to its top, the grid's keyboard position goes back to its
   * first row, without moving focus, and every open row closes. Kept while the same list is asked again or grows.
   */
  listKey?: string | number | undefined;
  /**
   * Which page of numbered pages the rows are (`<AuditTable>` changes it when another page, sort, search or filter
   * is shown): when it changes, the table scrolls back to its top and the grid's keyboard position goes back to
   * its first row, as for another `listKey`, but open rows the new page holds stay open (a details panel's filter
   * button keeps its event's row open on the page that holds it). Only the table's own box scrolls, not the page.
   */
  pageKey?: string | number | undefined;
  /** Rows after the list (e.g. "loading more"). */
  footer?: ReactNode | undefined;
  /**
   * The row id (`frontegg_id`) of an event a link points at: its details open once, its expand button takes focus
   * and it is scrolled into view (`<AuditTable>` sets it from `audit.event`).
   */
  linkedRowId?: string | undefined;
  /** Called when the user closes the linked row after it opened. */
  onLinkedRowClosed?: (() => void) | undefined;
  className?: string | undefined;
}

/**
 * The events table on given data, without fetching: a real `<table role="grid">` with a caption, `<th
 * scope="col">` headers, `aria-sort` and sort buttons, resizable columns, a sticky header and rows that expand
 * into event details. It is one Tab stop: arrow keys move between cells and their controls (see
 * `useGridNavigation`). `<AuditTable>` connects it to the API; use this one for events you already have.
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
  replacing = false,
  status,
  virtual = false,
  onEndReached,
  total,
  listKey,
  pageKey,
  footer,
  linkedRowId,
  onLinkedRowClosed,
  className,
}: AuditTableViewProps) {
  const { messages } = useAuditUi();
  const { table, onSort, sortable, onResizeBy, columnIds, expanded, toggleExpanded, openRow } = useAuditTable(
    {
      columns,
      visibleColumns,
      sort,
      onSortChange,
      listKey,
    },
  );
  const { gridProps, scrollToRow, restart, showRow } = useGridNavigation({
    virtualRowCount: virtual && !status ? events.length : undefined,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  // Another list's rows: the browser kept the scroll position, clamped to the new rows, so the view landed near
  // the end of the new list's first page (where an infinite list asks for the next) and the Tab stop on a deep
  // row. (Virtual rows go back to the top themselves too, before they work out which rows are in view.)
  // So does the same list started over from its first chunk (useListRun), and another numbered page (`pageKey`).
  // Before a linked row's scroll (useLinkedRow, a frame later), so a details pivot still brings its row into view.
  const run = useListRun(listKey, events.length);
  const shown = `${run ?? ''} ${pageKey ?? ''}`;
  const shownRows = useRef(shown);
  useLayoutEffectOnClient(() => {
    if (shownRows.current === shown) return;
    shownRows.current = shown;
    const container = scrollRef.current;
    if (container && container.scrollTop !== 0) container.scrollTop = 0;
    restart();
  }, [shown, restart]);
  // The widths below are inline styles, which a strict style CSP blocks in server-rendered HTML.
  useServerStylesReapplied(scrollRef);
  useLinkedRow(linkedRowId, onLinkedRowClosed, { events, expanded, openRow, container: scrollRef, showRow });
  const onToggle = useRowOpenedInView(toggleExpanded, { events, expanded, container: scrollRef });
  const leafColumns = table.getVisibleLeafColumns();
  const rowCount =
    virtual && !status && total !== undefined ? countRows(events, total, expanded, footer) : -1;

  return (
    <div
      ref={scrollRef}
      data-slot="audit-table-container"
      data-virtual={virtual ? '' : undefined}
      className={cx('auditkit-table-container', className)}
    >
      {/* One state map for every cell disclosure, instead of useState/useId in each of hundreds of cells. */}
      <DisclosureScope>
        <table
          {...gridProps}
          role="grid"
          data-slot="audit-table"
          className="auditkit-table"
          aria-busy={loading || undefined}
          // Virtual rows render only some events, and more load as the user scrolls: counted from the total the
          // server gave, else unknown.
          aria-rowcount={virtual ? rowCount : undefined}
          data-loading={loading ? '' : undefined}
          // Inline because it is the sum of the live column sizes, which change as the user resizes.
          style={{ minWidth: table.getTotalSize() }}
        >
          <caption>{messages.tableCaption}</caption>
          <colgroup>
            {leafColumns.map((column) => (
              // The fill column has no width: a fixed-layout table gives it what the others leave.
              <col
                key={column.id}
                style={column.id === fillColumnId ? undefined : { width: column.getSize() }}
              />
            ))}
          </colgroup>
          <thead data-slot="audit-table-head" className="auditkit-table-head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} data-grid-row="header" aria-rowindex={virtual ? 1 : undefined}>
                {group.headers.map((header) => (
                  <AuditTableHeader
                    key={header.id}
                    header={header}
                    onSort={onSort}
                    sorted={sort.column === header.column.id ? sort.direction : false}
                    canSort={sortable.has(header.column.id)}
                    onResizeBy={onResizeBy}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <AuditTableBody
            events={events}
            columns={columns}
            columnIds={columnIds}
            status={status}
            replacing={replacing}
            virtual={virtual}
            scrollRef={scrollRef}
            onEndReached={onEndReached}
            listKey={run}
            onScrollToRow={scrollToRow}
            expanded={expanded}
            onToggle={onToggle}
          />
          {footer ? (
            <FullWidthBody
              slot="audit-table-footer"
              span={leafColumns.length}
              rowIndex={virtual && rowCount > 0 ? rowCount : undefined}
            >
              {footer}
            </FullWidthBody>
          ) : null}
        </table>
      </DisclosureScope>
    </div>
  );
}

/**
 * The grid's rows in all, as `aria-rowcount` counts them: the header, every event (loaded or not), the details
 * row of each open one (each has its `aria-rowindex`) and the foot's row, if any, which is the last.
 */
function countRows(
  events: readonly AuditEventLike[],
  total: number,
  expanded: ExpandedRows,
  footer: ReactNode,
): number {
  const open = Object.keys(expanded).filter((id) => expanded[id] === true);
  let details = 0;
  if (open.length > 0) {
    const loaded = rowIdSet(events);
    for (const id of open) if (loaded.has(id)) details += 1;
  }
  // More loaded than the count said (events recorded since it was taken): every row drawn is counted.
  return 1 + Math.max(total, events.length) + details + (footer ? 1 : 0);
}
