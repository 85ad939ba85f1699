import type { AuditQuery } from '../query/AuditQuery.ts';

/**
 * A query's filters as they go into a Query key: `[column, values]` pairs, each column's values sorted, in a fixed
 * order. Query hashes a key by copying each plain object key by key (`copy[key] = value`), so a filter on a column
 * named `__proto__` set the copy's prototype instead of a key and was left out of the hash: the answers with that
 * filter and without it shared one cache entry. Arrays are hashed as they are, so values are sorted too: ticking a
 * value off and on moves it last, and the same selection in another order asked the API again for the answer it
 * had just shown.
 */
export function keyedFilters(filters: AuditQuery['filters']): [string, readonly string[]][] {
  // Sorted as text (`column,value,…`), not strictly by column name: column names are unique, so the same filters
  // always come out in the same order, in fewer bytes than a comparator (this is on every list page's path).
  return Object.entries(filters)
    .map(([column, values]): [string, readonly string[]] => [
      column,
      // Whatever a host's own query holds there, the key is made: a list is sorted, anything else kept as it is.
      Array.isArray(values) ? [...values].sort() : values,
    ])
    .sort();
}

/** A query as it goes into a Query key: its filters as {@link keyedFilters} gives them. */
export function keyedQuery<T extends Pick<AuditQuery, 'filters'>>(
  query: T,
): Omit<T, 'filters'> & { filters: [string, readonly string[]][] } {
  return { ...query, filters: keyedFilters(query.filters) };
}
