import { keepPreviousData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { requestList } from '../client/requestList.ts';
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

const firstPage: AuditPageParam = { offset: 0, at: undefined };

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
  return useInfiniteQuery<
    AuditEventsPage,
    AuditApiError,
    AuditEventsPages,
    readonly unknown[],
    AuditPageParam
  >(
    {
      queryKey: auditKeys.eventsInfinite(client, withoutPage, options.legacy),
      // A relative range ("last 24 hours") is read once, by the first page, and every later page asks for that same
      // window: read again at each page, it moved between pages while the offset still counted from the first, so
      // events were skipped (oldest first) or repeated at page edges. A refetch starts over from the first page,
      // which reads the clock again.
      queryFn: async ({ pageParam, signal }) => {
        const at = pageParam.at ?? Date.now();
        const params = toListParams({ ...query, page: 0 }, new Date(at));
        const page = await requestList(
          client,
          { ...params, offset: pageParam.offset },
          signal,
          options.legacy === true,
        );
        return { ...page, at };
      },
      initialPageParam: firstPage,
      // The rows stay while a new filter loads, within one tenant only.
      placeholderData: (previous, previousQuery) =>
        previousQuery && sameScope(previousQuery.queryKey, client) ? keepPreviousData(previous) : undefined,
      getNextPageParam: (lastPage, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.data.length, 0);
        // Without a total from the server (parseResponses), only a short page says the events ran out.
        const more = lastPage.totalUnknown ? lastPage.data.length >= query.pageSize : loaded < lastPage.total;
        return lastPage.data.length > 0 && more ? { offset: loaded, at: pages[0]?.at } : undefined;
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
