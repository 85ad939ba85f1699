import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditListResponse } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditEventsQueryOptions } from './auditQueryOptions.ts';

/** What a numbered page can say of the count (`useAuditList`). */
export interface PagedTotal {
  /** `undefined` when nothing is known: an empty page past the first with no cached page before it. */
  readonly total: number | undefined;
  readonly totalIsLowerBound: boolean;
  /** An empty page from the cache is being asked again: it may be old, so nothing moves until it answers. */
  readonly waiting: boolean;
}

/** Cached pages looked at, at most, below an empty one for the last page with events. */
const lookBack = 64;

/**
 * The count behind a numbered page. With the server's `total`, that. Without one (`totalUnknown`: some
 * deployments leave it out of the legacy list), a page's answer only says how many events there are up to its
 * end. Taking the page's length as the count, as the pager did, offered one page only and sent any later page back
 * to the first. So:
 *
 * - a short page: the count;
 * - a full page: the least there can be, until the page after it, asked at once (one request ahead, which also
 *   makes Next instant), comes back empty. That page is asked again whenever this one is answered again, so events
 *   that arrive after it (oldest first) open the count again;
 * - an empty page past the first (Next pressed before that answer, an old link, a range that shrank): the count up
 *   to the nearest cached page below with events, where `useAuditPageInRange` then moves; with none cached,
 *   `undefined`, and it moves to the first page in one step rather than back one request a page;
 * - another query's answer kept on screen while this one loads: the page being loaded taken as full, a lower
 *   bound sized from nothing.
 *
 * @example
 * ```ts
 * const { total, totalIsLowerBound } = usePagedTotal(page, query, false, options);
 * ```
 */
export function usePagedTotal(
  page: UseQueryResult<AuditListResponse, AuditApiError>,
  query: AuditQuery,
  legacy: boolean,
  options: AuditHookOptions,
): PagedTotal {
  const { client, queryClient, retry } = useAuditContext('useAuditList', options);
  const answer = page.data;
  const { pageSize } = query;
  const own = answer?.totalUnknown === true && !page.isPlaceholderData;
  const full = own && answer.data.length >= pageSize;
  const next = useQuery(
    {
      ...auditEventsQueryOptions(client, { ...query, page: query.page + 1 }, legacy),
      ...retry,
      placeholderData: undefined,
      enabled: full,
    },
    queryClient,
  );
  const answeredAt = page.dataUpdatedAt;
  const { dataUpdatedAt: nextAt, refetch: refetchNext } = next;
  useEffect(() => {
    // Joins the request the observer's mount already made, if any, rather than cancelling it.
    if (full && nextAt < answeredAt) void refetchNext({ cancelRefetch: false });
  }, [full, nextAt, answeredAt, refetchNext]);

  if (answer?.totalUnknown !== true)
    return { total: answer?.total, totalIsLowerBound: false, waiting: false };
  const before = query.page * pageSize;
  if (!own) return { total: before + pageSize, totalIsLowerBound: true, waiting: false };
  if (answer.data.length > 0)
    return {
      total: before + answer.data.length,
      totalIsLowerBound: full && next.data?.data.length !== 0,
      waiting: false,
    };
  if (query.page === 0) return { total: 0, totalIsLowerBound: false, waiting: false };
  if (page.isFetching) return { total: undefined, totalIsLowerBound: false, waiting: true };
  for (let below = query.page - 1; below >= Math.max(0, query.page - lookBack); below--) {
    const cached = queryClient.getQueryData(
      auditEventsQueryOptions(client, { ...query, page: below }, legacy).queryKey,
    );
    if (cached?.data.length)
      return { total: below * pageSize + cached.data.length, totalIsLowerBound: false, waiting: false };
  }
  return { total: undefined, totalIsLowerBound: false, waiting: false };
}
