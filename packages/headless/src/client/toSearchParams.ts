import type { AuditListParams } from './auditTypes.ts';

/** Which list endpoint the parameters are for. */
export type AuditApiVersion = 'v2' | 'legacy';

/**
 * Turns list parameters into the query string the API expects: arrays as repeated keys, the time range as
 * `created_from`/`created_to` (v2) or the `createdAt` JSON the legacy list and Frontegg's portal use.
 *
 * @example
 * ```ts
 * toSearchParams({ count: 20, offset: 0, filters: { severity: ['High', 'Critical'] } }).toString();
 * // 'count=20&offset=0&severity=High&severity=Critical'
 * ```
 */
export function toSearchParams(
  params: Partial<AuditListParams>,
  version: AuditApiVersion = 'v2',
): URLSearchParams {
  const search = new URLSearchParams();
  if (params.count !== undefined) search.set('count', String(params.count));
  if (params.offset !== undefined) search.set('offset', String(params.offset));
  if (params.sortBy) search.set('sortBy', params.sortBy);
  if (params.sortDirection) search.set('sortDirection', params.sortDirection);
  if (params.filter) search.set('filter', params.filter);
  if (version === 'v2') {
    if (params.createdFrom) search.set('created_from', params.createdFrom);
    if (params.createdTo) search.set('created_to', params.createdTo);
  } else if (params.createdFrom || params.createdTo) {
    const range: Record<string, string> = {};
    if (params.createdFrom) range.$gte = params.createdFrom;
    if (params.createdTo) range.$lte = params.createdTo;
    search.set('createdAt', JSON.stringify(range));
  }
  for (const [column, values] of Object.entries(params.filters ?? {})) {
    for (const value of values) search.append(column, value);
  }
  return search;
}
