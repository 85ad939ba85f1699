import type { AuditQuery } from '../query/AuditQuery.ts';

/**
 * A query as it goes into a Query key: its filters as `[column, values]` pairs in a fixed order. Query hashes a key
 * by copying each plain object key by key (`copy[key] = value`), so a filter on a column named `__proto__` set the
 * copy's prototype instead of a key and was left out of the hash: the answers with that filter and without it
 * shared one cache entry, and adding, changing or removing it sent no request. Arrays are hashed as they are.
 */
export function keyedQuery<T extends Pick<AuditQuery, 'filters'>>(
  query: T,
): Omit<T, 'filters'> & { filters: [string, readonly string[]][] } {
  // Sorted as text (`column,value,…`), not strictly by column name: column names are unique, so the same filters
  // always come out in the same order, in fewer bytes than a comparator (this is on every list page's path).
  return { ...query, filters: Object.entries(query.filters).sort() };
}
