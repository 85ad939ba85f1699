import { useEffect } from 'react';
import type { AuditList } from './useAuditList.ts';
import type { AuditQueryState } from './useAuditQueryState.ts';

/**
 * Keeps the query's page within its events: a page past the last (an old link, a "last hour" that has shrunk
 * since) moves to the last page, replacing the history entry. The API answers such a page with no rows and the
 * whole count, so a table said the log was empty while its pager counted the events. Only the list's own answer
 * counts: not while it is pending, refreshing (the rows are the previous query's) or failed.
 *
 * @example
 * ```ts
 * const list = useAuditList(state.query);
 * useAuditPageInRange(state, list);
 * ```
 */
export function useAuditPageInRange(state: AuditQueryState, list: AuditList): void {
  const { query, setQuery } = state;
  const settled = list.paging === 'pages' && !list.isPending && !list.isRefreshing && !list.error;
  const total = settled ? list.total : undefined;
  const last = total === undefined ? undefined : Math.max(0, Math.ceil(total / query.pageSize) - 1);
  const { page } = query;
  // Without a count from the server an empty page past the first, with no page before it known, says nothing of
  // where the events end: the first page has them (useAuditList's usePagedTotal).
  const target = last ?? (settled && list.total === undefined && list.events.length === 0 ? 0 : undefined);
  useEffect(() => {
    if (target !== undefined && page > target)
      setQuery((previous) => ({ ...previous, page: target }), { history: 'replace' });
  }, [target, page, setQuery]);
}
