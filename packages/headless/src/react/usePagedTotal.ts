import type { AuditListResponse } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditEventsQueryOptions } from './auditQueryOptions.ts';

/** What a numbered page can say of the count: `total`, and whether it is only the least there can be. */
export interface PagedTotal {
  readonly total: number | undefined;
  readonly totalIsLowerBound: boolean;
}

/**
 * Answers without a count that an empty page after them showed to be the last. Keyed by the answer itself: a
 * refetch that brings the same events keeps the same object (Query shares equal data), and one that brings other
 * events (new ones arrived) is a new object, so the count opens again and the new events are reachable.
 */
const lastPages = new WeakSet<AuditListResponse>();

/**
 * The count behind a numbered page (`useAuditList`). With the server's `total`, that. Without one (`totalUnknown`:
 * some deployments leave it out of the legacy list), a page's answer only says how many events there are up to
 * its end: that is the count once a page comes back short, and the least there can be while pages come back full.
 * Taking the page's length as the count, as the pager did, offered one page only and sent any later page back to
 * the first.
 *
 * An empty page after the first: when the page before it is cached and full (the user pressed Next on the last
 * page), the count is the events before it, so `useAuditPageInRange` moves back one page, and that page is
 * remembered as the last. Otherwise (an old link far past the end) nothing is known, and the count is 0, which
 * sends the pager to the first page in one step rather than back one request at a time. While another query's
 * answer is shown as a placeholder, or an empty page from the cache is asked again (it may be old), the page being
 * loaded is taken as full: a lower bound, sized from nothing, that moves no page.
 *
 * @example
 * ```ts
 * const { total, totalIsLowerBound } = usePagedTotal(page.data, { placeholder, fetching }, query, false, options);
 * ```
 */
export function usePagedTotal(
  answer: AuditListResponse | undefined,
  loading: { readonly placeholder: boolean; readonly fetching: boolean },
  query: AuditQuery,
  legacy: boolean,
  options: AuditHookOptions,
): PagedTotal {
  const { client, queryClient } = useAuditContext('useAuditList', options);
  if (!answer?.totalUnknown) return { total: answer?.total, totalIsLowerBound: false };
  const { page, pageSize } = query;
  const empty = answer.data.length === 0 && page > 0;
  // An empty page shown from the cache while it is asked again may be old: the pager waits for the new answer.
  if (loading.placeholder || (empty && loading.fetching))
    return { total: (page + 1) * pageSize, totalIsLowerBound: true };
  if (empty) {
    const previous = queryClient.getQueryData(
      auditEventsQueryOptions(client, { ...query, page: page - 1 }, legacy).queryKey,
    );
    if (!previous || previous.data.length < pageSize) return { total: 0, totalIsLowerBound: false };
    lastPages.add(previous);
    return { total: page * pageSize, totalIsLowerBound: false };
  }
  return {
    total: page * pageSize + answer.data.length,
    totalIsLowerBound: answer.data.length >= pageSize && !lastPages.has(answer),
  };
}
