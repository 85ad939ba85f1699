import type { AuditListParams } from '../client/auditTypes.ts';
import type { AuditQuery } from './AuditQuery.ts';
import { resolveTimeRange } from './resolveTimeRange.ts';

/**
 * The API parameters of a query at `now`: page → `offset`, search trimmed and lower-cased (as Frontegg's portal
 * sends it), the time range resolved (`resolveTimeRange`: a preset at `now`, a date alone as its whole UTC day),
 * empty filters left out.
 *
 * @example
 * ```ts
 * toListParams({ ...defaultAuditQuery, page: 2, search: ' Login ' });
 * // { count: 20, offset: 40, sortBy: 'createdAt', sortDirection: 'desc', filter: 'login' }
 * ```
 */
export function toListParams(query: AuditQuery, now: Date = new Date()): AuditListParams {
  const params: AuditListParams = {
    count: query.pageSize,
    offset: query.page * query.pageSize,
    sortBy: query.sort.column,
    sortDirection: query.sort.direction,
  };
  const filter = query.search.trim().toLowerCase();
  if (filter) params.filter = filter;
  const { from, to } = resolveTimeRange(query.time, now);
  if (from) params.createdFrom = from;
  if (to) params.createdTo = to;
  const filters = Object.entries(query.filters)
    .map(([column, values]) => [column, values.filter((value) => value !== '')] as const)
    .filter(([, values]) => values.length > 0);
  if (filters.length > 0) params.filters = Object.fromEntries(filters);
  return params;
}
