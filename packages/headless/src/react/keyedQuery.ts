import type { AuditQuery } from '../query/AuditQuery.ts';

/**
 * A query as it goes into a Query key: its filters as `[column, values]` pairs sorted by column. Query hashes a key
 * by copying each plain object key by key (`copy[key] = value`), so a filter on a column named `__proto__` set the
 * copy's prototype instead of a key and was left out of the hash: the answers with that filter and without it
 * shared one cache entry, and adding, changing or removing it sent no request. Arrays are hashed as they are.
 */
export function keyedQuery<T extends Pick<AuditQuery, 'filters'>>(
  query: T,
): Omit<T, 'filters'> & { filters: [string, readonly string[]][] } {
  const { filters, ...rest } = query;
  const pairs = Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...rest, filters: pairs };
}
