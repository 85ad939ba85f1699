import { keepPreviousData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEvent } from '../client/auditTypes.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { requestList } from '../client/requestList.ts';
import { snapshotAfter } from '../query/snapshotAfter.ts';
import { shareAnswerParts } from './shareAnswerParts.ts';
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
 * the export pins its snapshot, just after the newest matching event (`newest`: the first page's own rows when it
 * lists newest first, else a one-event lookup beside it), never past the query's own end. Not this browser's
 * clock: the server's, which stamps events, may be ahead, and a bound before its newest events would drop them
 * from every later page and shift the offsets. No newest event (none, or its time unreadable): the page's moment.
 */
function snapshotEnd(
  ownTo: string | undefined,
  at: number,
  newest: readonly AuditEvent[] | undefined,
): string | undefined {
  const upper = auditTimeMs(ownTo);
  if (upper !== undefined && upper < at) return ownTo;
  const newestMs = Math.max(...(newest ?? []).map((event) => auditTimeMs(event.createdAt) ?? Number.NaN));
  return (
    (Number.isFinite(newestMs) ? snapshotAfter(newestMs, ownTo, upper) : undefined) ??
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
      structuralSharing: shareAnswerParts,
      // A relative range ("last 24 hours") is read once, by the first page, and every later page asks for that same
      // window: read again at each page, it moved between pages while the offset still counted from the first, so
      // events were skipped (oldest first) or repeated at page edges. A refetch starts over from the first page,
      // which reads the clock again. Every later page also ends where the first page's snapshot did
      // (snapshotEnd), so events created meanwhile do not shift them.
      queryFn: async ({ pageParam, signal }) => {
        const at = pageParam.at ?? Date.now();
        const params = toListParams({ ...query, page: 0 }, new Date(at));
        const legacy = options.legacy === true;
        const page = requestList(
          client,
          {
            ...params,
            offset: pageParam.offset,
            ...(pageParam.createdTo !== undefined && { createdTo: pageParam.createdTo }),
          },
          signal,
          legacy,
        );
        if (pageParam.at !== undefined) return { ...(await page), at };
        // In another order the newest event is not on the first page: asked for beside it (one more request, on
        // the first page of an infinite list sorted otherwise only). Should that lookup fail, the page's moment.
        const newestFirst = query.sort.column === 'createdAt' && query.sort.direction === 'desc';
        const lookup = newestFirst
          ? undefined
          : requestList(
              client,
              { ...params, sortBy: 'createdAt', sortDirection: 'desc', count: 1, offset: 0 },
              signal,
              legacy,
            ).then(
              (answer) => answer.data,
              () => undefined,
            );
        const first = await page;
        const newest = newestFirst ? first.data : await lookup;
        return { ...first, at, createdTo: snapshotEnd(params.createdTo, at, newest) };
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
