import type { AuditQuery } from './AuditQuery.ts';

/**
 * Whether two queries' filters match the same events: the same columns, each with the same values, in any order of
 * columns or of values, and a column with no values is no filter (none is sent). Order is only history: setting a
 * column's filter again moves it last, and a value ticked off and on again moves last among its column's.
 *
 * @example
 * ```ts
 * sameAuditFilters({ severity: ['High', 'Critical'] }, { severity: ['Critical', 'High'] }); // true
 * sameAuditFilters({ severity: ['High'] }, { severity: ['High'], action: [] }); // true
 * sameAuditFilters({ severity: ['High'] }, { severity: ['High', 'Critical'] }); // false
 * ```
 */
export function sameAuditFilters(a: AuditQuery['filters'], b: AuditQuery['filters']): boolean {
  if (a === b) return true;
  const first = valueSets(a);
  const second = valueSets(b);
  if (!first || !second || first.size !== second.size) return false;
  for (const [column, values] of first) {
    const others = second.get(column);
    if (!others || others.size !== values.size) return false;
    for (const value of values) if (!others.has(value)) return false;
  }
  return true;
}

/** Each filtered column's values, or undefined when one is not a list (a host's unchecked query must not throw). */
function valueSets(filters: AuditQuery['filters']): Map<string, ReadonlySet<string>> | undefined {
  const sets = new Map<string, ReadonlySet<string>>();
  for (const [column, values] of Object.entries(filters)) {
    if (!Array.isArray(values)) return undefined;
    if (values.length > 0) sets.set(column, new Set(values));
  }
  return sets;
}
