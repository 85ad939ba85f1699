import {
  useActiveFilters,
  useAuditColumns,
  useAuditList,
  useAuditListView,
  useAuditPageInRange,
  type AuditPagingMode,
  type AuditQuery,
  type AuditSort,
} from '@auditkit/headless';
import { useEffect, useMemo, useState } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useTablePaging } from '../AuditStateProvider/useTablePaging.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { loadEventDetails } from '../EventDetails/LazyEventDetails.tsx';
import { columnDisplayName } from '../ui/columnDisplayName.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { resultCountText } from '../ui/resultCountText.ts';
import { sameMatches, sameSort } from '../ui/sameQuery.ts';
import { sentences } from '../ui/sentences.ts';
import { AuditTableAnnouncement } from './AuditTableAnnouncement.tsx';
import { AuditTableEmpty } from './AuditTableEmpty.tsx';
import { AuditTableError } from './AuditTableError.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import { AuditTableView } from './AuditTableView.tsx';
import { ListFoot } from './ListFoot.tsx';
import { ColumnsFailedNotice } from './ColumnsFailedNotice.tsx';
import { RefreshFailedNotice } from './RefreshFailedNotice.tsx';
import { refreshFailedWords } from './refreshFailedWords.ts';
import { useLinkedEvent, usePivotRow, type LinkedEventPaging } from './useLinkedEvent.ts';
import { useNoticeFocus } from './useNoticeFocus.ts';
import { useStatusFocus } from './useStatusFocus.ts';

/** How the user moves through many events (from `@auditkit/headless`; kept here for existing imports). */
export type { AuditPagingMode };

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  /**
   * Numbered pages (with `<Pagination>`) or infinite scrolling with virtualised rows, for a table used alone. Set it
   * on the `AuditStateProvider` instead, so the pager and the counts read the same list: one given there wins over
   * this (a development build warns when they differ). @default the `AuditStateProvider`'s `paging` ('pages')
   */
  paging?: AuditPagingMode | undefined;
  /**
   * Use the legacy `GET /audits` list. Set it on the `AuditStateProvider` instead, so the pager and the counts
   * read the same list. @default the `AuditStateProvider`'s `legacy` (false)
   */
  legacy?: boolean | undefined;
  /**
   * Most events the infinite list loads; past them its foot says to narrow the filters or export them (every
   * event loaded stays in memory). @default 50000
   */
  infiniteMaxEvents?: number | undefined;
  className?: string | undefined;
}

/**
 * The events of the current query as an accessible table: columns from the metadata in the user's order,
 * server-side sorting from the headers, expandable rows with every field, loading/empty/error states, the
 * previous rows in sight kept while the next page loads, and result counts announced politely.
 *
 * @example
 * ```tsx
 * <AuditProvider client={client}><AuditRoot><AuditTable paging="infinite" /></AuditRoot></AuditProvider>
 * ```
 */
export function AuditTable(props: AuditTableProps) {
  return (
    // Alone, the table's own state pages as the table does: its rows' details then look for an event in that list.
    <AuditStateScope paging={props.paging}>
      <AuditTableContent {...props} />
    </AuditStateScope>
  );
}

function AuditTableContent({ paging, legacy, infiniteMaxEvents, className }: AuditTableProps) {
  const ui = useAuditUi();
  const { messages, locale } = ui;
  const state = useAuditState();
  const { queryState, columns, columnsPending, preferences } = state;
  // The provider's when it was given one: the pager and the counts read the list as it does.
  const listPaging = useTablePaging(paging);
  const list = useAuditList(queryState.query, {
    paging: listPaging,
    legacy: legacy ?? state.legacy,
    infiniteMaxEvents,
  });
  useAuditPageInRange(queryState, list);
  const { clearAll } = useActiveFilters(queryState);
  const { events, total, error, loadMore, loadMoreError } = list;
  // What the body shows, of which query, and when the rows become another list's or page's: the table goes back to
  // its top on each (the browser kept the old scroll position: a tap on "Next page" at the foot of a long page
  // showed the foot of the next), keeping open the rows a new page holds (a details filter button's event).
  const view = useAuditListView(list, queryState.query, { pending: columnsPending });
  const { shownQuery, answered, listKey, pageKey, endedShort } = view;
  const visible = useMemo(
    () => preferences.visibleColumns.map((column) => column.name),
    [preferences.visibleColumns],
  );
  const infinite = list.paging === 'infinite';

  // Once rows are on screen, fetch the details panel while the browser is idle, so opening a row rarely waits.
  // A failed fetch is no error of the page's: the panel's own load tries again and shows it.
  const hasRows = events.length > 0;
  useEffect(() => {
    if (!hasRows) return;
    const preload = () => void loadEventDetails().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 1_000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(preload, { timeout: 3_000 });
    return () => cancelIdleCallback(handle);
  }, [hasRows]);

  // What the polite region says of the list ("240 events"; see `announcement`).
  const count = resultCountText(loadMoreError ? { ...list, error: null } : list, messages, locale);
  // A sort the user chose, said with the count once its events have come ("Sorted by Action, ascending. 240
  // events"): focus stays on the header's button and only its `aria-sort` changes, which screen readers do not say,
  // while every row was replaced in silence. Said once: the words go when the count they came with changes (a
  // refresh with new events) or the matches do; not for another page, whose range the pager says.
  const [sortSaid, setSortSaid] = useState<{ sort: AuditSort; count: string } | null>(null);
  // Judged as another query's answer comes on screen (`shownQuery`), against the query shown before it.
  const [saidOf, setSaidOf] = useState<AuditQuery>(shownQuery);
  if (saidOf !== shownQuery) {
    if (!sameSort(saidOf.sort, shownQuery.sort))
      setSortSaid(list.error ? null : { sort: shownQuery.sort, count });
    else if (!sameMatches(saidOf, shownQuery)) setSortSaid(null);
    setSaidOf(shownQuery);
  }
  const body = view.status;
  const leaving = useStatusFocus(body);
  // A link to one event (`audit.event`): its row opens once the answer for the link's query holds it. An infinite
  // list is loaded further for it, as for the event of a details pivot (`useEventPage`).
  const linkPaging: LinkedEventPaging = {
    numbered: !infinite,
    total: total ?? 0,
    legacy: legacy ?? state.legacy,
    hasMore: list.hasMore,
    failed: loadMoreError !== null,
    loadMore,
  };
  const linked = useLinkedEvent(queryState, events, answered && !error, linkPaging);
  const pivotRowId = usePivotRow(queryState, events, answered && !error, linkPaging);
  // Only to ask for the columns again with the table's Retry: the state above reads the same query.
  const columnsQuery = useAuditColumns();
  let status = null;
  if (body === 'error' && error)
    status = (
      <AuditTableError
        error={error}
        onRetryFocus={(event) => leaving(event.currentTarget)}
        onRetry={(event) => {
          leaving(event.currentTarget);
          void list.refresh();
          // The columns' notice stays out of a failed table (below): this one Retry asks for both again.
          if (columnsQuery.error) void columnsQuery.refetch();
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
        // A numbered page with no rows while the count says there are events (some removed between the count and
        // the page): "No events have been recorded yet" beside a pager counting them was false.
        emptyPage={!infinite && (total ?? 0) > 0}
        onFirstPage={
          queryState.query.page > 0
            ? (event) => {
                leaving(event.currentTarget);
                queryState.setPage(0);
              }
            : undefined
        }
      />
    );

  // How many are loaded, said at the foot: no count shows otherwise in infinite mode, and a screen reader heard
  // nothing once "Loading more events…" ended. Of the total when the server gave one.
  const loadedCount = events.length;
  const counted = total !== undefined && !list.totalIsLowerBound;
  // A list that ended short of its count (`endedShort`): the foot and the grid's row count say what is loaded, not
  // "All 300 events loaded"; a list at the most it loads (`reachedLimit`) also says where the rest are.
  const loaded = counted
    ? messages.loadedOf(formatNumber(loadedCount, locale), formatNumber(total, locale), total)
    : messages.loadedSoFar(formatNumber(loadedCount, locale), loadedCount);
  const footer =
    infinite && events.length > 0 ? (
      <ListFoot
        loading={list.isLoadingMore}
        hasMore={list.hasMore}
        onLoadMore={loadMore}
        error={loadMoreError}
        loaded={loaded}
        end={
          list.reachedLimit
            ? messages.noted(loaded, messages.loadedLimit)
            : endedShort
              ? messages.noted(loaded, messages.loadedServerEnded)
              : messages.allLoaded(formatNumber(loadedCount, locale), loadedCount)
        }
        list={listKey}
      />
    ) : null;

  // Rows from an earlier answer kept after asking again for them failed (a refresh, the window regaining focus):
  // read as current, they would mislead, so a notice above the table says so. (A failed next page has its alert in
  // the foot; a failed page or query keeps no rows, and the error state says it.)
  const { refreshError } = list;
  const refreshFailed = body === 'rows' && refreshError !== null;
  const [retrying, setRetrying] = useState(false);
  // No Retry for a 403, as in the table's error state: asking again cannot give a permission back. The notice holds
  // focus only by its Retry, so focus on it moves on when a 403 takes it away, as when the notice leaves.
  const retryable = refreshFailed && refreshError.status !== 403;
  const noticeFocus = useNoticeFocus(retryable);
  const words = refreshFailed ? refreshFailedWords(refreshError, list.updatedAt, ui) : null;

  const sorted =
    sortSaid && sortSaid.count === count
      ? (sortSaid.sort.direction === 'asc' ? messages.sortedAscending : messages.sortedDescending)(
          columnDisplayName(columns, sortSaid.sort.column),
        )
      : '';
  // The next events failing says nothing against the count of those matching: it stays. A failed refresh is said
  // in the same polite region, in the count's place (which says nothing of a list that failed), so one region
  // speaks at a time and the count is said again once a refresh answers. Polite, not an alert: it mostly comes
  // from no act of the user's (the window regaining focus) and should not cut off the row being read. Emptied
  // while the user's Retry is on its way, so a Retry that fails again is said again.
  // Said again once the answer to other matches (a filter, the search, the time) has come with the same count
  // (AuditTableAnnouncement).
  const announcement = columnsPending
    ? ''
    : words
      ? retrying
        ? ''
        : [words.title, words.reason, words.shown].filter(Boolean).join(' ')
      : sorted && count
        ? sentences(sorted, count)
        : sorted || count;

  return (
    <>
      {/* In the table, not the log around it, so a layout of the host's own parts has it too; before the grid,
          which its Retry gives focus to once the columns come. Not while the table itself says it could not load
          (a server down fails both): one message and one Retry, which asks for the columns too. */}
      <ColumnsFailedNotice listFailed={body === 'error'} />
      {refreshError && words ? (
        <RefreshFailedNotice
          rootRef={noticeFocus.ref}
          onFocus={noticeFocus.onFocus}
          onBlur={noticeFocus.onBlur}
          error={refreshError}
          words={words}
          retrying={retrying}
          onRetry={
            retryable
              ? () => {
                  setRetrying(true);
                  void list.refresh().finally(() => setRetrying(false));
                }
              : undefined
          }
        />
      ) : null}
      {/* Present, empty, from the link's first render, so the words said into it are heard. The failed new-events
          check's look: said plainly, not as an error. */}
      {linked.status ? (
        <div role="status" data-slot="audit-linked-event">
          {linked.status === 'missing' ? (
            <p className="auditkit-new-events" data-state="failed">
              {messages.linkedEventMissing}
            </p>
          ) : null}
        </div>
      ) : null}
      <AuditTableView
        className={className}
        events={events}
        columns={columns}
        visibleColumns={visible}
        sort={queryState.query.sort}
        onSortChange={queryState.setSort}
        loading={list.isRefreshing}
        replacing={list.isRefreshing}
        status={status}
        virtual={infinite}
        // After a failed page, reaching the end (or staying there) asks nothing until Retry brings that page: asked
        // again at once, it went back to back against a server that kept failing.
        onEndReached={loadMoreError ? undefined : loadMore}
        total={counted ? (endedShort ? loadedCount : total) : undefined}
        listKey={infinite ? listKey : undefined}
        pageKey={infinite ? undefined : pageKey}
        footer={footer}
        linkedRowId={linked.rowId ?? pivotRowId}
        onLinkedRowClosed={linked.onClosed}
      />
      <AuditTableAnnouncement message={announcement} query={queryState.query} answered={answered} />
    </>
  );
}
