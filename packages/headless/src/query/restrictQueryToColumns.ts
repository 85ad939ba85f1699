import type { AuditColumn } from '../client/auditTypes.ts';
import { apiParameterNames } from '../url/auditUrlKeys.ts';
import type { AuditQuery } from './AuditQuery.ts';

/**
 * Names a query may filter on: the metadata's filterable columns (less the time column, which the query's time
 * range owns, and any name the API reads as its own parameter), plus `users`, the filter by user, which no
 * metadata lists.
 */
export function filterableColumnNames(columns: readonly AuditColumn[]): ReadonlySet<string> {
  return new Set([
    ...columns
      .filter(
        (column) => column.filterable && column.type !== 'Timestamp' && !apiParameterNames.has(column.name),
      )
      .map((column) => column.name),
    // No metadata lists `users` as a column: it is the v2 list's own filter (planAuditRequest), and dropped here
    // once the metadata arrived, a "one user" link or view lost it silently.
    'users',
  ]);
}

/**
 * The query with only what the column metadata allows: filters on filterable columns and a sort on a sortable
 * one (else the default sort). Returns the same object when nothing is dropped, so it is cheap in a render.
 *
 * @example
 * ```ts
 * restrictQueryToColumns({ ...query, filters: { tenant_ids: ['b'], action: ['login'] } }, columns);
 * // { ...query, filters: { action: ['login'] } }
 * ```
 */
export function restrictQueryToColumns(
  query: AuditQuery,
  columns: readonly AuditColumn[],
  defaults: Pick<AuditQuery, 'sort'> = { sort: { column: 'createdAt', direction: 'desc' } },
): AuditQuery {
  const allowed = filterableColumnNames(columns);
  const entries = Object.entries(query.filters);
  const keep = entries.filter(([name]) => allowed.has(name));
  const sortable = columns.some((column) => column.sortable && column.name === query.sort.column);
  if (keep.length === entries.length && sortable) return query;
  return {
    ...query,
    // Rebuilt from entries, so a column named `__proto__` stays plain data.
    filters: keep.length === entries.length ? query.filters : Object.fromEntries(keep),
    sort: sortable ? query.sort : defaults.sort,
  };
}
