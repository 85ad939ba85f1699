import { keepPreviousData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditListResponse } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditKeys, sameScope, type AuditEventsPages } from './auditQueryOptions.ts';
import { uniqueEvents } from './uniqueEvents.ts';

/** Options of `useAuditEventsInfinite`. */
export interface UseAuditEventsInfiniteOptions extends AuditHookOptions {
  /** @default true */
  enabled?: boolean;
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
  return useInfiniteQuery<AuditListResponse, AuditApiError, AuditEventsPages, readonly unknown[], number>(
    {
      queryKey: auditKeys.eventsInfinite(client, withoutPage),
      queryFn: ({ pageParam, signal }) => {
        const params = toListParams({ ...query, page: 0 }, new Date());
        return client.list({ ...params, offset: pageParam }, { signal });
      },
      initialPageParam: 0,
      // The rows stay while a new filter loads, within one tenant only.
      placeholderData: (previous, previousQuery) =>
        previousQuery && sameScope(previousQuery.queryKey, client) ? keepPreviousData(previous) : undefined,
      getNextPageParam: (lastPage, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.data.length, 0);
        return lastPage.data.length > 0 && loaded < lastPage.total ? loaded : undefined;
      },
      select: (data) => ({
        ...data,
        events: uniqueEvents(data.pages),
        total: data.pages.at(-1)?.total ?? 0,
      }),
      ...retry,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}
