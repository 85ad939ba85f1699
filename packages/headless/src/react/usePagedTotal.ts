import { hashKey, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditListResponse } from '../client/auditTypes.ts';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditEventsQueryOptions } from './auditQueryOptions.ts';
import { keyedFilters } from './keyedQuery.ts';

/** What a numbered page can say of the count (`useAuditList`). */
export interface PagedTotal {
  /**
   * `undefined` when nothing is known: an empty page past the first with no cached page before it, a failed page
   * before its filters had any count.
   */
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
 *   bound sized from nothing;
 * - a page that failed (Query keeps no rows of it, so no count): the count its filters last settled on, a lower
 *   bound taken up to the failed page. A custom pager read "Page 1 of 1" there, both ways out disabled.
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

  const count = countOf(page, query, next.data, client, queryClient, legacy);
  // What decides the count: not the page, its size or the order. Filters as the cache keys hold them.
  const key = hashKey([
    client.baseUrl,
    client.cacheScope,
    legacy,
    query.search,
    query.time,
    keyedFilters(query.filters),
  ]);
  const [settled, setSettled] = useState<{ key: string; total: number; totalIsLowerBound: boolean }>();
  // Only this query's own answer: while another's is kept on screen, the count may be that one's.
  if (
    count.total !== undefined &&
    !count.waiting &&
    !page.isPlaceholderData &&
    !page.error &&
    (settled?.key !== key ||
      settled.total !== count.total ||
      settled.totalIsLowerBound !== count.totalIsLowerBound)
  )
    setSettled({ key, total: count.total, totalIsLowerBound: count.totalIsLowerBound });
  if (count.total !== undefined || !page.error || settled?.key !== key) return count;
  // A lower bound counts events up to the page it was read on: the failed page is taken as full, as it was while it
  // loaded, or its range would end before it starts.
  const { total, totalIsLowerBound } = settled;
  return {
    total: totalIsLowerBound ? Math.max(total, (query.page + 1) * pageSize) : total,
    totalIsLowerBound,
    waiting: false,
  };
}

/** The count a page's own answer (or the one kept while it loads) says, as `usePagedTotal` describes. */
function countOf(
  page: UseQueryResult<AuditListResponse, AuditApiError>,
  query: AuditQuery,
  next: AuditListResponse | undefined,
  client: AuditListClient,
  queryClient: QueryClient,
  legacy: boolean,
): PagedTotal {
  const answer = page.data;
  const { pageSize } = query;
  const own = answer?.totalUnknown === true && !page.isPlaceholderData;
  const full = own && answer.data.length >= pageSize;
  if (answer?.totalUnknown !== true)
    return { total: answer?.total, totalIsLowerBound: false, waiting: false };
  const before = query.page * pageSize;
  if (!own) return { total: before + pageSize, totalIsLowerBound: true, waiting: false };
  if (answer.data.length > 0)
    return {
      total: before + answer.data.length,
      totalIsLowerBound: full && next?.data.length !== 0,
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
