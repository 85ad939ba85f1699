import { columnNamePattern } from '../url/columnNamePattern.ts';
import type { AuditQuery } from './AuditQuery.ts';

/**
 * The most of a query a link or a saved view carries: `queryFromSearch` drops anything larger, as it must for a
 * hostile link. So the search language refuses a term beyond them and a view beyond them is not saved, rather
 * than either losing a filter silently on its way back.
 */
export const auditQueryLimits = {
  /** Characters of free text. */
  search: 1000,
  /** Values of one filter. */
  values: 100,
  /** Characters of one filter value. */
  value: 500,
  /** Filtered columns. */
  columns: 50,
} as const;

/**
 * Why `query` would not come back whole from a link or a saved view (an English sentence), or `undefined` when it
 * would.
 *
 * @example
 * ```ts
 * auditQueryOverLimit({ ...query, search: 'x'.repeat(1001) }); // 'The search text has at most 1000 characters.'
 * ```
 */
export function auditQueryOverLimit(query: Pick<AuditQuery, 'search' | 'filters'>): string | undefined {
  if (query.search.length > auditQueryLimits.search)
    return `The search text has at most ${auditQueryLimits.search} characters.`;
  const filters = Object.entries(query.filters);
  if (filters.length > auditQueryLimits.columns)
    return `At most ${auditQueryLimits.columns} columns can be filtered at once.`;
  for (const [column, values] of filters) {
    // A vendor may name a column with a space, or longer than a URL key allows: filtered live, it is kept no further.
    if (values.length > 0 && !columnNamePattern.test(column))
      return `A filter on "${column}" cannot be kept: a column name in a link or a view holds letters, digits, "_", "." and "-" only, 64 at most.`;
    if (values.length > auditQueryLimits.values)
      return `A filter has at most ${auditQueryLimits.values} values ("${column}" has ${values.length}).`;
    if (values.some((value) => value.length > auditQueryLimits.value))
      return `A filter value has at most ${auditQueryLimits.value} characters (one of "${column}" is longer).`;
  }
  return undefined;
}
