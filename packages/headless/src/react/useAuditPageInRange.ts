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
  useEffect(() => {
    if (last !== undefined && page > last)
      setQuery((previous) => ({ ...previous, page: last }), { history: 'replace' });
  }, [last, page, setQuery]);
}
