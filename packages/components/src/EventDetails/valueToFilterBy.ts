import { auditQueryOverLimitReason, knownSeverity, ownValue } from '@auditkit/headless';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';

/**
 * The value a details field would filter the log by, as the filter writes it, or `undefined` when the field offers
 * no such filter: a column the log cannot filter by (`filterable`: the metadata's filterable columns less the time
 * column and the API's own parameter names, as the filter bar and the search language have them), a Json field,
 * the time, a value that is not text or is blank (an exact filter on `""` is no filter at all), or one a link could
 * not carry back (over `auditQueryLimits.value` characters, or a column name a link cannot hold): that filter would
 * only be refused. A severity is written as the severity filter writes it (`info` is `Info`).
 */
export function valueToFilterBy(
  event: AuditEventLike,
  column: AuditColumnLike,
  filterable: ReadonlySet<string>,
): string | undefined {
  if (column.type === 'Json' || column.name === 'createdAt' || !filterable.has(column.name)) return undefined;
  const raw = ownValue(event, column.name);
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const value = column.name === 'severity' ? (knownSeverity(raw) ?? raw) : raw;
  // From entries: a column named `__proto__` stays a plain key.
  const filters = Object.fromEntries([[column.name, [value]]]) as Record<string, readonly string[]>;
  return auditQueryOverLimitReason({ search: '', filters }) ? undefined : value;
}
