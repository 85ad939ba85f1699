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
 * The count behind a numbered page (`useAuditList`). With the server's `total`, that. Without one (`totalUnknown`:
 * some deployments leave it out of the legacy list), the page's answer only says how many events there are up to
 * its end: that is the count once a page comes back short, and the least there can be while pages come back full.
 * Taking the page's length as the count, as the pager did, offered one page only and sent any later page back to
 * the first. An empty page after the first counts the events before it, so the pager moves back a page
 * (`useAuditPageInRange`); the page after this one, when the cache has it, closes the count when it is empty, so a
 * full last page does not offer that empty page again. The cache is read, not watched: the pager renders again
 * when it moves back.
 *
 * @example
 * ```ts
 * const { total, totalIsLowerBound } = usePagedTotal(page.data, query, false, options);
 * ```
 */
export function usePagedTotal(
  answer: AuditListResponse | undefined,
  query: AuditQuery,
  legacy: boolean,
  options: AuditHookOptions,
): PagedTotal {
  const { client, queryClient } = useAuditContext('useAuditList', options);
  if (!answer?.totalUnknown) return { total: answer?.total, totalIsLowerBound: false };
  const full = answer.data.length >= query.pageSize;
  const next = full
    ? queryClient.getQueryData(
        auditEventsQueryOptions(client, { ...query, page: query.page + 1 }, legacy).queryKey,
      )
    : undefined;
  return {
    total: query.page * query.pageSize + answer.data.length,
    totalIsLowerBound: full && next?.data.length !== 0,
  };
}
