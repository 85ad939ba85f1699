import { useCallback, useInsertionEffect, useMemo, useRef, useState } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEvent } from '../client/auditTypes.ts';
import { eventsOutside } from '../client/eventsOutside.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import type { AuditPageSize, AuditQuery, AuditTimeRange } from '../query/AuditQuery.ts';
import { resolveTimeRange } from '../query/resolveTimeRange.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { snapshotKey } from './auditQueryOptions.ts';
import { forgetSnapshot } from './eventsSnapshots.ts';
import { useAuditEvents } from './useAuditEvents.ts';
import { useAuditEventsInfiniteList } from './useAuditEventsInfinite.ts';
import { usePagedTotal } from './usePagedTotal.ts';

/** Pages in a row that add no event to an infinite list before `loadMore` stops asking (see there). */
const maxRepeatedPages = 5;

/** How the user moves through many events: numbered pages, or one list that grows as it scrolls. */
export type AuditPagingMode = 'pages' | 'infinite';

/** Options of `useAuditList`. */
export interface UseAuditListOptions extends AuditHookOptions {
  /** @default 'pages' */
  paging?: AuditPagingMode | undefined;
  /** Use the legacy `GET /audits` list, for numbered pages and infinite scrolling alike. @default false */
  legacy?: boolean | undefined;
  /** @default true */
  enabled?: boolean | undefined;
  /**
   * Least events per request when infinite: pages of 20 made deep scrolling one request per screenful. A
   * larger `query.pageSize` is kept. Every caller of one view must pass the same value to share the cache.
   * @default 100
   */
  infinitePageSize?: AuditPageSize | undefined;
  /**
   * Most events an infinite list loads: past them `hasMore` is false and `reachedLimit` true, so a UI says to page
   * through the rest or export them. Every event loaded stays in memory (and is looked through by each new
   * page), so a list left to load on all day, or a link looking for an event deep in it, grew without end. Every
   * caller of one view passes the same value, as `hasMore` and `reachedLimit` are worked out per call.
   * @default 50000
   */
  infiniteMaxEvents?: number | undefined;
}

/** The events a view shows, the same shape for both paging styles. */
export interface AuditList {
  readonly paging: AuditPagingMode;
  /**
   * The list read is the legacy `GET /audits` one (`legacy`): what a part that asks the API beside the list (an
   * export, a poll for new events) should read too.
   */
  readonly legacy: boolean;
  /** The page's events (pages), or every loaded event (infinite). */
  readonly events: readonly AuditEvent[];
  /**
   * Count of all matching events; `undefined` until the first answer, and when the server sent no count and the
   * page, past the first, came back empty with no page before it known (`useAuditPageInRange` then goes to the first).
   * While a page is in `error` (Query keeps none of its rows, so no count of its own), the count last settled on with
   * the same client, `legacy`, search, time and filters (whatever the page, its size or the order; a lower bound
   * then reaches at least the end of the failed page), so a pager keeps its pages and Next; `undefined` when there
   * was none (a link's page that failed first: offer Previous from `query.page > 0`, and a Retry).
   */
  readonly total: number | undefined;
  /**
   * The server sent no count (some deployments leave it out of the legacy list) and more events may follow the
   * ones seen: `total` is then the least there can be (the events up to the end of this page, or loaded so far),
   * to be shown as such ("at least 120 events", "101–120 of many"), not as the count.
   */
  readonly totalIsLowerBound: boolean;
  readonly error: AuditApiError | null;
  /**
   * Why the next events could not be loaded (infinite), also in `error`, until `loadMore()` or a refresh brings them:
   * the events loaded so far stay. Ask again only when the user says so (a Retry): loading on reaching the end while
   * this is set asks the failing server back to back. Always `null` with pages.
   */
  readonly loadMoreError: AuditApiError | null;
  /**
   * Why asking again for the events shown failed (`refresh()`, the window regaining focus for pages, a poll), while
   * the answer before stays in `events`: they may be out of date, as of `updatedAt`. Also in `error` until another
   * fetch answers or fails; `null` once the list is asked again and answers (infinite: from its first page, so not
   * when only more events are loaded below the kept ones). Not a failed next page (`loadMoreError`), nor a failed
   * new query or page, which keeps no events (`events` is then empty: say `error` in their place).
   */
  readonly refreshError: AuditApiError | null;
  /**
   * When the events shown were asked for, in ms since the epoch: with pages, when the page answered; infinite, when
   * the list was asked from its first page (later pages keep that moment's window). `undefined` while there is no
   * answer of this query (pending, or the previous query's events kept while it loads).
   */
  readonly updatedAt: number | undefined;
  /**
   * What the answer shows the API did not apply though it was sent: the time range (`ignored-by-api`), when the
   * legacy list answered with events outside it (infinite: any page loaded). Said beside the plan's own
   * (`useUnappliedFilters`), as the filter bar's note does; the events stay as sent. Empty (the same array) otherwise,
   * and when no event is outside the query's own range (only a page's snapshot bound was crossed, which is no
   * user's filter: pages after the first send the snapshot's end, even for a range with none).
   */
  readonly unapplied: readonly UnappliedFilter[];
  /** Nothing to show yet (the first answer is on its way). */
  readonly isPending: boolean;
  /** A new query is loading while the previous events stay on screen (or an empty page is asked again). */
  readonly isRefreshing: boolean;
  /** More events can be loaded below (infinite only; not past `infiniteMaxEvents`: see `reachedLimit`). */
  readonly hasMore: boolean;
  /**
   * The infinite list holds `infiniteMaxEvents` and loads no more, though the server has more: say so, and offer
   * numbered pages or an export for the rest. Always `false` with pages.
   */
  readonly reachedLimit: boolean;
  readonly isLoadingMore: boolean;
  /**
   * Loads the next events (infinite), or tries them again after `loadMoreError`; does nothing while loading, at the
   * end, or with pages. The same function from render to render.
   */
  loadMore(): void;
  /**
   * Asks the API again for what is shown (a retry, or to pick up new events). Infinite: the list starts over from
   * its first page, newest events included, in one request (the events loaded below it go once it answers); a
   * `loadMore()` meanwhile waits for it, then loads the events after that page. Pages: the page in a new snapshot,
   * which the pages after it then ask within; a page that failed is asked again in the snapshot it failed in, and a
   * refetch as the window is focused keeps it too.
   */
  refresh(): Promise<void>;
}

const noEvents: readonly AuditEvent[] = Object.freeze([]);
const none: readonly UnappliedFilter[] = Object.freeze([]);

/**
 * Whether an answer crossed the query's own range, as the list read it at `at` (a preset's now), not the bounds sent:
 * those end at the list's snapshot on pages after the first. A numbered page's `at` stays in its snapshot, not in
 * its answer: with a preset there (`at` unknown), the bounds sent are trusted, as the client judged them.
 */
function crossesRange(time: AuditTimeRange, at: number | undefined, events: readonly AuditEvent[]): boolean {
  if (!time) return false;
  if ('preset' in time && at === undefined) return true;
  const { from, to } = resolveTimeRange(time, new Date(at ?? 0));
  return eventsOutside(events, auditTimeMs(from), auditTimeMs(to));
}

/**
 * One list hook for both paging styles: the query's page (`useAuditEvents`), or an infinite list
 * (`useAuditEventsInfinite`). Only the chosen style's request is made, so parts of one view that call it with
 * the same query and options share one cache entry and one request.
 *
 * @example
 * ```tsx
 * const list = useAuditList(state.query, { paging: 'infinite' });
 * list.events.map((event) => <Row key={event.frontegg_id} event={event} />);
 * {list.hasMore ? <button onClick={list.loadMore}>Load more</button> : null}
 * ```
 */
export function useAuditList(query: AuditQuery, options: UseAuditListOptions = {}): AuditList {
  const {
    paging = 'pages',
    legacy = false,
    enabled = true,
    infinitePageSize = 100,
    infiniteMaxEvents = 50_000,
  } = options;
  const hook = { client: options.client, queryClient: options.queryClient };
  const infinite = paging === 'infinite';
  const page = useAuditEvents(query, { ...hook, legacy, enabled: enabled && !infinite });
  // The page index means nothing here (offsets do), and a host that asked for 200 a page keeps its 200.
  const infiniteQuery = useMemo(
    () => ({ ...query, page: 0, pageSize: Math.max(query.pageSize, infinitePageSize) as AuditPageSize }),
    [query, infinitePageSize],
  );
  const infiniteList = useAuditEventsInfiniteList(infiniteQuery, {
    ...hook,
    legacy,
    enabled: enabled && infinite,
  });
  const { pages } = infiniteList;
  const { waiting, ...counted } = usePagedTotal(page, query, legacy, hook);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  // Two calls before the list renders again (the end of the list scrolled into view as "Load more" is pressed)
  // both see it idle, and Query's fetchNextPage cancels a request in flight to ask again: the second call is
  // dropped here. Not with `cancelRefetch: false`, which would also join a refresh of the list ("show them") and
  // so drop the user's load: such a refresh is waited for (`infiniteList.settled`), then the next events are asked.
  const loadingMore = useRef(false);
  // Read at the call, not closed over: a function that changed as each load started and ended re-ran the effects
  // that hold it (a list's "load at the end"), which asked again the moment a failed load ended.
  const loaded = pages.data?.events.length ?? 0;
  const full = loaded >= infiniteMaxEvents;
  const current = {
    infinite,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
    loaded,
    infiniteList,
    query,
    full,
    pageFailed: page.error !== null,
  };
  const latest = useRef(current);
  // Synced after each commit (before any event handler or effect can call it), not during render, which React forbids.
  useInsertionEffect(() => {
    latest.current = current;
  });
  const loadMore = useCallback(() => {
    const now = latest.current;
    if (!now.infinite || !now.hasNextPage || now.isFetchingNextPage || now.full || loadingMore.current)
      return;
    loadingMore.current = true;
    void (async () => {
      try {
        let before = now.loaded;
        // Pages that add nothing are asked for at most this many times in a row: a server that ignores `offset`
        // and sends no total answers every page with the first one, full, and this asked again without end (a
        // link or a pivot looking for its event loads more with no one scrolling).
        for (let repeats = 0; repeats < maxRepeatedPages; repeats++) {
          // A refresh on its way ("show them", a Retry; maybe another part's, on the same list) would be cancelled
          // by Query's fetchNextPage, and never show: it is waited for, and the next events are those after the
          // first page it brings.
          const refreshed = await latest.current.infiniteList.settled();
          if (refreshed && !refreshed.hasNextPage) return;
          if (refreshed) before = refreshed.data?.events.length ?? 0;
          const result = await latest.current.fetchNextPage();
          // A page of events all loaded before (new events at the top shifted every offset) adds nothing to show,
          // and a list whose length did not change is not seen to need more: the next page is asked at once, as
          // the user asked for more events. Until one adds some, or the list ends or fails.
          const after = result.data?.events.length ?? 0;
          if (!result.isSuccess || !result.hasNextPage || after !== before) return;
          before = after;
        }
      } finally {
        loadingMore.current = false;
      }
    })();
  }, []);
  // Query says a next page failed only until another fetch of the list starts (the lists marked stale, "show
  // them"), while its error stays: read from that alone, the failure was forgotten during such a refetch, and a
  // list at its end asked the failing page again with no Retry pressed. Held until the list has no error (state
  // adjusted during render, as React recommends, so no frame sees it dropped).
  const [nextPageFailed, setNextPageFailed] = useState(false);
  const failed = pages.error !== null && (pages.isFetchNextPageError || nextPageFailed);
  if (failed !== nextPageFailed) setNextPageFailed(failed);
  // A refetch of the whole list that failed keeps the events too, and Query tells it from a failed next page only
  // until another fetch starts (as above): a failure is a refresh's unless it is the one a next page last met.
  const [nextPageErrorAt, setNextPageErrorAt] = useState(0);
  const nextErrorAt = pages.isFetchNextPageError ? pages.errorUpdatedAt : nextPageErrorAt;
  if (nextErrorAt !== nextPageErrorAt) setNextPageErrorAt(nextErrorAt);
  const refetchFailed = pages.isRefetchError && pages.errorUpdatedAt !== nextErrorAt;
  // The rows above stay the earlier answer's while more are loaded below them, and Query then reports that next
  // page's fetch instead (its failure, or its answer, which clears the error): the refresh's failure is held until
  // the list is asked again from its first page (which reads a new `at`) or another query's events replace it.
  const firstAt = pages.data?.pages[0]?.at;
  const [stale, setStale] = useState<{ error: AuditApiError; firstAt: number | undefined } | null>(null);
  let staleNow = stale;
  if (refetchFailed && pages.error && stale?.error !== pages.error)
    staleNow = { error: pages.error, firstAt };
  else if (stale && (stale.firstAt !== firstAt || pages.isPlaceholderData)) staleNow = null;
  if (staleNow !== stale) setStale(staleNow);
  const refetchPage = page.refetch;
  // Infinite: from the first page alone (`infiniteList.refresh`), not Query's refetch of every page loaded, one after
  // another. Pages: the list's snapshot forgotten first, so the page shows the newest events (not for a Retry of a
  // failed page). Read at the call, like `loadMore`: the same function while the paging style and client stay.
  const { client, queryClient } = useAuditContext('useAuditList', hook);
  const refresh = useCallback(async () => {
    const { infiniteList, query, pageFailed } = latest.current;
    // A Retry of a page that failed keeps the snapshot: in a new one, the rows events pushed down since would
    // repeat the end of the page before it.
    if (!infinite && !pageFailed) forgetSnapshot(queryClient, snapshotKey(client, query, legacy));
    await (infinite ? infiniteList.refresh() : refetchPage());
  }, [infinite, refetchPage, queryClient, client, legacy]);

  // The answer's own, found by the client against the bounds sent; kept only when the query's own range was crossed.
  const { time } = query;
  const pagesData = pages.data;
  const pageData = page.data;
  const unapplied = useMemo(() => {
    const answered = infinite
      ? pagesData?.pages.find((each) => each.unapplied && crossesRange(time, each.at, each.data))?.unapplied
      : pageData?.unapplied && crossesRange(time, undefined, pageData.data) && pageData.unapplied;
    return answered || none;
  }, [infinite, pagesData, pageData, time]);

  if (infinite) {
    return {
      paging,
      legacy,
      events: pages.data?.events ?? noEvents,
      total: pages.data?.total,
      totalIsLowerBound: pages.data?.pages.at(-1)?.totalUnknown === true && Boolean(hasNextPage),
      error: pages.error,
      loadMoreError: failed ? pages.error : null,
      refreshError: staleNow?.error ?? null,
      updatedAt: pages.isPlaceholderData ? undefined : pages.data?.pages[0]?.at,
      unapplied,
      isPending: pages.isPending,
      isRefreshing: pages.isFetching && !pages.isFetchingNextPage && !pages.isPending,
      hasMore: Boolean(hasNextPage) && !full,
      reachedLimit: Boolean(hasNextPage) && full,
      isLoadingMore: isFetchingNextPage,
      loadMore,
      refresh,
    };
  }
  return {
    paging,
    legacy,
    events: page.data?.data ?? noEvents,
    ...counted,
    error: page.error,
    loadMoreError: null,
    // A page that failed is never shown with the previous one's events: Query keeps placeholder data only while
    // the page is pending, so those events leave and the error is said in their place.
    refreshError: page.isRefetchError ? page.error : null,
    updatedAt: page.dataUpdatedAt || undefined,
    unapplied,
    isPending: page.isPending,
    isRefreshing: page.isPlaceholderData || waiting,
    hasMore: false,
    reachedLimit: false,
    isLoadingMore: false,
    loadMore,
    refresh,
  };
}
