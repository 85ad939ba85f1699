import type { AuditSearchOptions, AuditSearchQuery } from './auditSearch.types.ts';
import { auditSearchFields } from './auditSearchFields.ts';
import { formatTimeValue } from './auditSearchTime.ts';
import { quoteSearchFieldName, quoteSearchValue, quoteSearchWord } from './tokenizeAuditSearch.ts';
import { safeZone } from './zonedTime.ts';

/**
 * Writes the search part of a query as text that `parseAuditSearch` reads back to the same query: free text
 * first, then the time range, then one term per filtered column (values joined by commas, quoted when needed).
 * A filter on a column that is not a search field (not filterable in the metadata, or the metadata not there yet)
 * is written under the column's own name, quoted when the bare form cannot hold it (`"Risk score":high`,
 * `"2fa":x`) or would read as a field (`"user":x`, not the actor), so it reads back as an unknown field with a
 * problem, never as free text or another field's filter, rather than vanishing; and as that column's filter once
 * the metadata makes it a field.
 *
 * @example
 * ```ts
 * formatAuditSearch({ search: 'login', time: { preset: '7d' }, filters: { severity: ['High'] } });
 * // 'login created:7d severity:High'
 * ```
 */
export function formatAuditSearch(query: AuditSearchQuery, options: AuditSearchOptions = {}): string {
  const fields = auditSearchFields(options.columns, options);
  const zone = safeZone(options.timeZone);
  const parts: string[] = [];
  const search = typeof query.search === 'string' ? query.search : '';
  const words = search.split(/\s+/);
  // Words separated by single spaces read back as they are; anything else is kept exact inside one quote.
  if (search && words.join(' ') === search && !words.includes('')) parts.push(...words.map(quoteSearchWord));
  else if (search) parts.push(quoteSearchValue(search, /./));
  const time = formatTimeValue(query.time, zone);
  if (time) parts.push(`${fields.list.find((field) => field.kind === 'time')?.name ?? 'created'}:${time}`);
  for (const [column, values] of Object.entries(query.filters ?? {})) {
    if (!Array.isArray(values) || values.length === 0) continue;
    // A column that is no search field, called like a field's name or alias (`user`, `time`, `User`), is quoted
    // even where bare would do: bare, `user:x` reads back as the actor; quoted, as the column's exact name.
    const name =
      fields.byColumn(column)?.name ?? quoteSearchFieldName(column, fields.resolve(column) !== undefined);
    parts.push(`${name}:${values.map((value: string) => quoteSearchValue(String(value))).join(',')}`);
  }
  return parts.join(' ');
}
