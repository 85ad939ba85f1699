import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type InfiniteQueryObserverResult,
  type QueryFunctionContext,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { requestPinnedPage } from './requestPinnedPage.ts';
import { shareAnswerParts } from './shareAnswerParts.ts';
import { auditQueryMode, reconnectAsHost } from './auditQueryMode.ts';
import { auditRetryRule } from './auditRetryRule.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import {
  auditKeys,
  sameScope,
  type AuditEventsPage,
  type AuditEventsPages,
  type AuditPageParam,
} from './auditQueryOptions.ts';
import { uniqueEvents } from './uniqueEvents.ts';

/** A page's place, and the end of the first page's snapshot that every later page asks for. */
interface PinnedPageParam extends AuditPageParam {
  createdTo?: string | undefined;
}

/** A page, and (the first one) the end of its snapshot. */
interface PinnedPage extends AuditEventsPage {
  createdTo?: string | undefined;
}

const firstPage: PinnedPageParam = { offset: 0, at: undefined };

/**
 * The list's events from its pages, with their count. One function for every render and observer: Query runs
 * `select` again whenever it is given another function, and an inline one (a new one each render) rebuilt the
 * whole list (every page's events, de-duplicated) and compared it with the last, event by event, in every render of
 * every part reading it: 10,000 rows loaded, each render of the table, the export button and the notice paid for
 * all of them.
 */
function selectEvents(data: InfiniteData<PinnedPage, PinnedPageParam>): AuditEventsPages {
  const events = uniqueEvents(data.pages);
  const last = data.pages.at(-1);
  // No total: what is loaded is the best lower bound there is.
  return { ...data, events, total: last?.totalUnknown ? events.length : (last?.total ?? 0) };
}

/** Options of `useAuditEventsInfinite`. */
export interface UseAuditEventsInfiniteOptions extends AuditHookOptions {
  /** @default true */
  enabled?: boolean | undefined;
  /** Use the legacy `GET /audits` list (what Frontegg's portal calls). @default false */
  legacy?: boolean | undefined;
}

/** Each infinite list's refresh on its way (its first page alone), by the list's query in the cache. */
const refreshing = new WeakMap<object, Promise<unknown>>();

/** An infinite list's state as Query gives it. */
type InfiniteResult = InfiniteQueryObserverResult<AuditEventsPages, AuditApiError>;

/** What `useAuditList` reads of an infinite list: Query's result, and how to ask the list again without it. */
export interface AuditEventsInfiniteList {
  readonly pages: UseInfiniteQueryResult<AuditEventsPages, AuditApiError>;
  /**
   * Asks the list again from its first page alone (a new snapshot: the newest events), whose answer then replaces
   * every page loaded; resolves with the list once it has answered, never rejects (a failure is the list's error).
   */
  refresh(): Promise<InfiniteResult>;
  /**
   * Waits for a fetch of the list from its first page on its way (a refresh, maybe another part's "show them"),
   * joining it, and resolves with the list it gave; with `undefined` at once when none is on its way.
   */
  settled(): Promise<InfiniteResult | undefined>;
}

/**
 * `useAuditEventsInfinite`, with `refresh` and `settled` beside Query's result, for `useAuditList`: the public hook
 * hands back Query's result as it is.
 */
export function useAuditEventsInfiniteList(
  query: AuditQuery,
  options: UseAuditEventsInfiniteOptions = {},
): AuditEventsInfiniteList {
  const { client, queryClient, retry } = useAuditContext('useAuditEventsInfinite', options);
  const { page: _page, ...withoutPage } = query;
  const queryKey = auditKeys.eventsInfinite(client, withoutPage, options.legacy);
  // What the list is asked with, by the hook and by `refresh` alike.
  const asked = {
    queryKey,
    structuralSharing: shareAnswerParts,
    // The first page takes a snapshot (its `at` and `createdTo`) that every later page asks within, so events
    // created meanwhile, or a relative range read again, do not shift them (requestPinnedPage). A refetch starts
    // over from the first page, which takes a new one.
    queryFn: ({
      pageParam,
      signal,
    }: QueryFunctionContext<readonly unknown[], PinnedPageParam>): Promise<PinnedPage> =>
      requestPinnedPage(client, query, pageParam.offset, pageParam, signal, options.legacy === true, true),
    initialPageParam: firstPage,
    getNextPageParam: (lastPage: PinnedPage, pages: PinnedPage[]): PinnedPageParam | undefined => {
      const loaded = pages.reduce((sum, page) => sum + page.data.length, 0);
      // Without a total from the server (parseResponses), only a short page says the events ran out.
      const more = lastPage.totalUnknown ? lastPage.data.length >= query.pageSize : loaded < lastPage.total;
      return lastPage.data.length > 0 && more
        ? { offset: loaded, at: pages[0]?.at, createdTo: pages[0]?.createdTo }
        : undefined;
    },
    ...retry,
    ...auditQueryMode,
  };
  const pages = useInfiniteQuery<
    PinnedPage,
    AuditApiError,
    AuditEventsPages,
    readonly unknown[],
    PinnedPageParam
  >(
    {
      ...asked,
      // The rows stay while a new filter loads, within one tenant only.
      placeholderData: (previous, previousQuery) =>
        previousQuery && sameScope(previousQuery.queryKey, client) ? keepPreviousData(previous) : undefined,
      select: selectEvents,
      // Query refetches an infinite query page by page, every page loaded: back in the tab after scrolling to
      // 10,000 rows, 100 requests one after another with the list busy throughout, for rows the user had already
      // seen. New events are the new-events poll's to find (`useNewEventsNotice`), and "show them" or a refresh
      // starts the list over from its first page (`refresh`).
      refetchOnWindowFocus: false,
      // Nor a reconnect, for the same reason: the poll resumes with it. Unless no page has come (the first failed
      // offline): then there is no poll, and Query asks the first page only, as the host's default says (on if unset).
      refetchOnReconnect: (entry) => {
        if (entry.state.data !== undefined) return false;
        const host = reconnectAsHost<typeof entry>(queryClient);
        return typeof host === 'function' ? host(entry) : host;
      },
      enabled: options.enabled ?? true,
    },
    queryClient,
  );

  // Joins the fetch of the list on its way (`cancelRefetch: false`): it resolves with the list once that fetch is in.
  // The infinite observer's own result, `hasNextPage` and all, though Query types `refetch` as a plain query's.
  const join = () => pages.refetch({ cancelRefetch: false }) as Promise<InfiniteResult>;
  // The list's entry in the cache, by hash: `find({ queryKey, exact: true })` hashes the key once for every cached
  // query, and a "load more" asks for it each time.
  const entry = () =>
    queryClient.getQueryCache().get(queryClient.defaultQueryOptions({ queryKey }).queryHash);
  const refresh = () => {
    // Query's refetch asks every page loaded again, one after another (100 requests for 10,000 rows). Only the
    // first page is asked here, from its own param (no `at`: a new snapshot, so the newest events), as
    // `queryClient.infiniteQuery` asks with `pages: 1`, and its answer replaces every page. Chosen over
    // `resetQueries` (the list emptied and pending until the answer: the rows flashed out) and over trimming the
    // cached pages to the first before a refetch (`setQueryData`: the rows below went at once, before any answer,
    // and it cleared the error a failed next page had left): here the rows shown stay, the list refreshing, until
    // the first page answers, and a refresh that fails leaves them as they were, with its error.
    // A fetch on its way is cancelled for it, silently and not reverted, as `refetch()` does (`cancelRefetch`);
    // without, the new fetch would join it (a next page loading: the refresh never happened). A first load on its
    // way (no data yet) is joined: it asks the first page already.
    if (queryClient.getQueryState(queryKey)?.data !== undefined)
      void queryClient.cancelQueries({ queryKey, exact: true }, { silent: true, revert: false });
    // An observer's retries, not none as `infiniteQuery`'s.
    const fetching = queryClient
      .infiniteQuery({ ...asked, ...auditRetryRule({ retry, queryClient }), pages: 1, staleTime: 0 })
      .catch(() => undefined);
    const list = entry();
    if (list) {
      refreshing.set(list, fetching);
      void fetching.then(() => refreshing.get(list) === fetching && refreshing.delete(list));
    }
    return join();
  };
  const settled = () => {
    const list = entry();
    // Query's fetchNextPage cancels whatever fetch is on its way to ask the page after those loaded: a "load more"
    // (the end of the list in view) made "show them" do nothing. A refresh's own fetch is joined instead, and
    // awaited. Only that one: Query's refetch of every page (the lists marked stale, a second part mounting while
    // they are) is cancelled by the next page as before, not waited behind for as many requests as pages loaded.
    return list && refreshing.has(list) && list.state.fetchStatus !== 'idle'
      ? join()
      : Promise.resolve(undefined);
  };
  return { pages, refresh, settled };
}

/**
 * Events for an infinite-scroll table: `fetchNextPage()` asks the next `query.pageSize` events by `offset`;
 * `data.events` holds every loaded event and `data.total` the count of all matching ones. `query.page` is ignored.
 * The window regaining focus, or the network coming back, does not ask the list again (that would ask every page
 * loaded).
 *
 * @example
 * ```ts
 * const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useAuditEventsInfinite(query);
 * ```
 */
export function useAuditEventsInfinite(
  query: AuditQuery,
  options: UseAuditEventsInfiniteOptions = {},
): UseInfiniteQueryResult<AuditEventsPages, AuditApiError> {
  return useAuditEventsInfiniteList(query, options).pages;
}
