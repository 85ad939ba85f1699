import type { AuditQuery } from './AuditQuery.ts';

/**
 * `query` with the filter of `column` set to `values` (an empty list removes it), the other filters kept, back on
 * the first page: what `setFilter` makes of the query, for a part that needs the new query before it sets it (to
 * count where an event will be, or check it against `auditQueryLimits`).
 *
 * @example
 * ```ts
 * withAuditFilter(query, 'action', ['user.login']); // { ...query, filters: { ...query.filters, action: ['user.login'] }, page: 0 }
 * ```
 */
export function withAuditFilter(query: AuditQuery, column: string, values: readonly string[]): AuditQuery {
  // Rebuilt from entries: a column named `__proto__` must stay a plain key.
  const others = Object.entries(query.filters).filter(([name]) => name !== column);
  const filters = Object.fromEntries(values.length > 0 ? [...others, [column, [...values]]] : others);
  return { ...query, filters, page: 0 };
}
