import { useActiveFilters, useAuditList, type AuditPagingMode } from '@auditkit/headless';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { loadEventDetails } from '../EventDetails/LazyEventDetails.tsx';
import { windowOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { AuditTableEmpty } from './AuditTableEmpty.tsx';
import { AuditTableError } from './AuditTableError.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import { AuditTableView } from './AuditTableView.tsx';

/** How the user moves through many events (from `@auditkit/headless`; kept here for existing imports). */
export type { AuditPagingMode };

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  /**
   * Numbered pages (with `<Pagination>`) or infinite scrolling with virtualised rows.
   * @default the `AuditStateProvider`'s `paging` ('pages')
   */
  paging?: AuditPagingMode;
  /** Use the legacy `GET /audits` list. @default false */
  legacy?: boolean;
  className?: string;
}

/**
 * The events of the current query as an accessible table: columns from the metadata in the user's order,
 * server-side sorting from the headers, expandable rows with every field, loading/empty/error states, the
 * previous rows kept while the next page loads, and result counts announced politely.
 *
 * @example
 * ```tsx
 * <AuditProvider client={client}><AuditRoot><AuditTable paging="infinite" /></AuditRoot></AuditProvider>
 * ```
 */
export function AuditTable(props: AuditTableProps) {
  return (
    <AuditStateScope>
      <AuditTableContent {...props} />
    </AuditStateScope>
  );
}

function AuditTableContent({ paging, legacy = false, className }: AuditTableProps) {
  const { messages, locale } = useAuditUi();
  const state = useAuditState();
  const { queryState, columns, columnsPending, preferences } = state;
  const list = useAuditList(queryState.query, { paging: paging ?? state.paging, legacy });
  const { clearAll } = useActiveFilters(queryState);
  const { events, total, error, loadMore } = list;
  const pending = list.isPending || columnsPending;
  const visible = useMemo(
    () => preferences.visibleColumns.map((column) => column.name),
    [preferences.visibleColumns],
  );
  const infinite = list.paging === 'infinite';

  // Once rows are on screen, fetch the details panel while the browser is idle, so opening a row rarely waits.
  const hasRows = events.length > 0;
  useEffect(() => {
    if (!hasRows) return;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => void loadEventDetails(), 1_000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => void loadEventDetails(), { timeout: 3_000 });
    return () => cancelIdleCallback(handle);
  }, [hasRows]);

  const body =
    error && events.length === 0 ? 'error' : pending ? 'loading' : events.length === 0 ? 'empty' : 'rows';
  const leaving = useStatusFocus(body);
  let status = null;
  if (body === 'error' && error)
    status = (
      <AuditTableError
        error={error}
        onRetry={(event) => {
          leaving(event.currentTarget);
          void list.refresh();
        }}
      />
    );
  else if (body === 'loading')
    status = <AuditTableSkeleton columns={visible.length + 1} rows={queryState.query.pageSize} />;
  else if (body === 'empty')
    status = (
      <AuditTableEmpty
        filtered={queryState.isFiltered}
        onClear={(event) => {
          leaving(event.currentTarget);
          clearAll();
        }}
      />
    );

  const footer =
    infinite && events.length > 0 ? (
      <ListFoot
        loading={list.isLoadingMore}
        hasMore={list.hasMore}
        onLoadMore={loadMore}
        end={messages.allLoaded(formatNumber(total ?? events.length, locale), total ?? events.length)}
      />
    ) : null;

  const announcement =
    pending || error ? '' : messages.resultCount(formatNumber(total ?? 0, locale), total ?? 0);

  return (
    <>
      <AuditTableView
        className={className}
        events={events}
        columns={columns}
        visibleColumns={visible}
        sort={queryState.query.sort}
        onSortChange={queryState.setSort}
        loading={list.isRefreshing}
        status={status}
        virtual={infinite}
        onEndReached={loadMore}
        footer={footer}
      />
      <LiveRegion message={announcement} />
    </>
  );
}

/** What the table's body shows. */
type TableBody = 'error' | 'loading' | 'empty' | 'rows';

/**
 * "Clear filters" and "Retry" leave with the status that holds them, and the grid gives focus back only when one
 * of its own rows had it (`GridNavigator.settle`): focus fell to the page's body. Once the body shows something
 * again, focus goes to the grid's Tab stop (the first event, or the header when there is none), or to the status's
 * button when that is back (a retry that failed again). Returns what those buttons call with themselves first.
 */
function useStatusFocus(body: TableBody): (button: HTMLElement) => void {
  const from = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const grid = from.current;
    if (!grid || body === 'loading') return;
    // Two frames: the grid marks its new rows and settles its Tab stop at the start of the next frame (a request
    // made after this one), so the stop is found one frame later.
    const view = windowOf(grid);
    let frame = view.requestAnimationFrame(() => {
      frame = view.requestAnimationFrame(() => {
        from.current = null;
        if (!focusLost(grid)) return;
        const button = grid.querySelector<HTMLElement>('[data-slot="audit-table-status"] button');
        (button ?? gridStop(grid))?.focus();
      });
    });
    return () => view.cancelAnimationFrame(frame);
  }, [body]);
  return useCallback((button: HTMLElement) => {
    from.current = button.closest<HTMLElement>('[role="grid"]');
  }, []);
}

/** The grid's one Tab stop: a cell or control of its rows, or the grid itself while that row is scrolled away. */
function gridStop(grid: HTMLElement): HTMLElement | null {
  return grid.querySelector<HTMLElement>('tr [tabindex="0"]') ?? (grid.tabIndex === 0 ? grid : null);
}

/** Props of {@link ListFoot}. */
interface ListFootProps {
  /** Whether the next page is loading. */
  loading: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
  /** What the foot says once every event is loaded. */
  end: string;
}

/**
 * The infinite list's foot: "Load more", or, once every event is in, how many there are. While its page loads the
 * button stays, busy and `aria-disabled` (not `disabled`, which would drop focus), with the words beside it: replaced
 * by them, it took focus with it to the page's body (and reaching it by Tab scrolls to the end, which loads a page).
 * When the last page comes the button leaves, and focus moves to the words that take its place.
 */
function ListFoot({ loading, hasMore, onLoadMore, end }: ListFootProps) {
  const { messages } = useAuditUi();
  const focused = useRef(false);
  const endRef = useRef<HTMLSpanElement>(null);
  const more = hasMore || loading;
  useLayoutEffect(() => {
    const span = endRef.current;
    if (more || !span || !focused.current) return;
    focused.current = false;
    if (focusLost(span)) span.focus();
  }, [more]);
  if (!more)
    return (
      <span ref={endRef} tabIndex={-1}>
        {end}
      </span>
    );
  return (
    <>
      <button
        type="button"
        aria-disabled={loading || undefined}
        aria-busy={loading || undefined}
        onClick={loading ? undefined : onLoadMore}
        onFocus={() => {
          focused.current = true;
        }}
        // A button removed while focused blurs too (Chrome): it still had focus when it left.
        onBlur={(event) => {
          if (event.currentTarget.isConnected) focused.current = false;
        }}
      >
        {messages.loadMore}
      </button>{' '}
      {/* Always there while more can come, so the words are announced when they appear. */}
      <span role="status">{loading ? messages.loadingMore : ''}</span>
    </>
  );
}
