import { sameAuditFilters, type AuditQuery, type AuditSort, type AuditTimeRange } from '@auditkit/headless';

/**
 * Whether two queries match the same events, in any order or paging: what a result count counts (the search, the
 * time range and the filters). The filters by headless's one rule (`sameAuditFilters`: columns and values in any
 * order, as setting a column's filter again, or ticking a value off and on, moves it last), as the saved views read
 * them; a new query object may hold the same values.
 *
 * @example
 * ```ts
 * sameMatches(query, { ...query, sort: { column: 'action', direction: 'asc' } }); // true
 * ```
 */
export function sameMatches(a: AuditQuery, b: AuditQuery): boolean {
  return a.search === b.search && sameTime(a.time, b.time) && sameAuditFilters(a.filters, b.filters);
}

/**
 * Whether two sorts order the events the same way: a new query object may hold the same sort.
 *
 * @example
 * ```ts
 * sameSort({ column: 'createdAt', direction: 'desc' }, query.sort);
 * ```
 */
export function sameSort(a: AuditSort, b: AuditSort): boolean {
  return a.column === b.column && a.direction === b.direction;
}

function sameTime(a: AuditTimeRange, b: AuditTimeRange): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if ('preset' in a || 'preset' in b) return 'preset' in a && 'preset' in b ? a.preset === b.preset : false;
  return a.from === b.from && a.to === b.to;
}
