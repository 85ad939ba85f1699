import { keepPreviousData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEvent } from '../client/auditTypes.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { requestList } from '../client/requestList.ts';
import { snapshotAfter } from '../query/snapshotAfter.ts';
import { toListParams } from '../query/toListParams.ts';
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
 * The end of the first page's snapshot, sent by every later page: pages are asked for by offset, so an event
 * created after the first page and inside the window would push the rows down a page, and "Load more" appended
 * events newer than the top row (and never showed others). The query's own end when it is already past; else, as
 * the export pins its snapshot (pinToNewest), just after the newest event the first page shows when it lists
 * newest first (the server's clock, which stamps events, may be ahead of or behind this one), never past the
 * query's own end; in another order (the newest is not on the first page) the moment of the first page.
 */
function snapshotEnd(
  ownTo: string | undefined,
  at: number,
  newestFirst: boolean,
  events: readonly AuditEvent[],
): string | undefined {
  const upper = auditTimeMs(ownTo);
  if (upper !== undefined && upper < at) return ownTo;
  const newest = newestFirst
    ? Math.max(...events.map((event) => auditTimeMs(event.createdAt) ?? Number.NaN))
    : Number.NaN;
  // An empty page (-Infinity: no next page follows), or a time that cannot be read or written: the page's moment.
  return (
    (Number.isFinite(newest) ? snapshotAfter(newest, ownTo, upper) : undefined) ??
    snapshotAfter(at - 1, ownTo, upper)
  );
}

/** Options of `useAuditEventsInfinite`. */
export interface UseAuditEventsInfiniteOptions extends AuditHookOptions {
  /** @default true */
  enabled?: boolean;
  /** Use the legacy `GET /audits` list (what Frontegg's portal calls). @default false */
  legacy?: boolean;
}

/**
 * Events for an infinite-scroll table: `fetchNextPage()` asks the next `query.pageSize` events by `offset`;
 * `data.events` holds every loaded event and `data.total` the count of all matching ones. `query.page` is ignored.
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
  const { client, queryClient, retry } = useAuditContext('useAuditEventsInfinite', options);
  const { page: _page, ...withoutPage } = query;
  return useInfiniteQuery<PinnedPage, AuditApiError, AuditEventsPages, readonly unknown[], PinnedPageParam>(
    {
      queryKey: auditKeys.eventsInfinite(client, withoutPage, options.legacy),
      // A relative range ("last 24 hours") is read once, by the first page, and every later page asks for that same
      // window: read again at each page, it moved between pages while the offset still counted from the first, so
      // events were skipped (oldest first) or repeated at page edges. A refetch starts over from the first page,
      // which reads the clock again. Every later page also ends where the first page's snapshot did
      // (snapshotEnd), so events created meanwhile do not shift them.
      queryFn: async ({ pageParam, signal }) => {
        const at = pageParam.at ?? Date.now();
        const params = toListParams({ ...query, page: 0 }, new Date(at));
        const page = await requestList(
          client,
          {
            ...params,
            offset: pageParam.offset,
            ...(pageParam.createdTo !== undefined && { createdTo: pageParam.createdTo }),
          },
          signal,
          options.legacy === true,
        );
        if (pageParam.at !== undefined) return { ...page, at };
        const newestFirst = query.sort.column === 'createdAt' && query.sort.direction === 'desc';
        return { ...page, at, createdTo: snapshotEnd(params.createdTo, at, newestFirst, page.data) };
      },
      initialPageParam: firstPage,
      // The rows stay while a new filter loads, within one tenant only.
      placeholderData: (previous, previousQuery) =>
        previousQuery && sameScope(previousQuery.queryKey, client) ? keepPreviousData(previous) : undefined,
      getNextPageParam: (lastPage, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.data.length, 0);
        // Without a total from the server (parseResponses), only a short page says the events ran out.
        const more = lastPage.totalUnknown ? lastPage.data.length >= query.pageSize : loaded < lastPage.total;
        return lastPage.data.length > 0 && more
          ? { offset: loaded, at: pages[0]?.at, createdTo: pages[0]?.createdTo }
          : undefined;
      },
      select: (data) => {
        const events = uniqueEvents(data.pages);
        const last = data.pages.at(-1);
        // No total: what is loaded is the best lower bound there is.
        return { ...data, events, total: last?.totalUnknown ? events.length : (last?.total ?? 0) };
      },
      ...retry,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}
