import type { AuditEvent } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchOptions } from './auditSearch.types.ts';
import { searchableColumns, searchFieldKind } from './searchFieldKind.ts';

/**
 * Distinct values of each search field's column but the time one (severities included) in some events (the
 * loaded page), most frequent first, for value suggestions and the severity filter's options. Only strings and
 * numbers; at most `perColumn` each (default 500). Apart from the search language (which loads on demand):
 * `useLoadedAuditValues` hands these to a search box from the first paint.
 *
 * The list is what suggestions match the typed prefix against, so it keeps far more than a box shows: cut to the
 * 20 most frequent, `actor:u29` among 300 loaded emails offered nothing.
 */
export function auditSearchValuesFromEvents(
  events: readonly AuditEvent[],
  options: Pick<AuditSearchOptions, 'columns'> & { perColumn?: number | undefined } = {},
): Map<string, string[]> {
  const { columns = defaultAuditColumns, perColumn = 500 } = options;
  const result = new Map<string, string[]>();
  for (const column of searchableColumns(columns)) {
    // Severities too: suggestions and the severity filter offer those the tenant's data carries beyond the five.
    if (searchFieldKind(column) === 'time' || result.has(column.name)) continue;
    const counts = new Map<string, number>();
    for (const event of events) {
      const value: unknown = Object.hasOwn(event, column.name) ? event[column.name] : undefined;
      if ((typeof value === 'string' && value !== '' && value.length <= 200) || typeof value === 'number')
        counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
    if (sorted.length > 0) result.set(column.name, sorted.slice(0, perColumn));
  }
  return result;
}
