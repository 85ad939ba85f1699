import { auditSeverities, knownSeverity } from './auditSeverities.ts';

/** How many values beyond the API's five the data may add to the options (every selected one is kept besides). */
const seenSeverityLimit = 20;

/**
 * The severities a severity filter offers: the five the API defines (`auditSeverities`, mildest first), then every
 * other value that is in the current filter or was seen in the data (Frontegg's own data carries `Attention`),
 * exactly as written there and in a fixed order (alphabetical), so ticking one does not move it. A level the API
 * defines, in any case (`info`), is that level's option, not another one. Values are plain data: `__proto__` or
 * `constructor` is just an option. Of `seen` (most frequent first, as `auditSearchValuesFromEvents` gives them),
 * the first {@link seenSeverityLimit} other values: a tenant whose severity is free text would list hundreds.
 *
 * @example
 * ```ts
 * auditSeverityOptions(['Attention'], ['info', 'Notice']);
 * // ['Info', 'Medium', 'High', 'Error', 'Critical', 'Attention', 'Notice']
 * ```
 */
export function auditSeverityOptions(
  selected: readonly string[],
  seen: readonly string[] = [],
): readonly string[] {
  const others = new Set<string>();
  const other = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '' && !knownSeverity(value);
  for (const value of selected) if (other(value)) others.add(value);
  let fromSeen = 0;
  for (const value of seen) {
    if (fromSeen === seenSeverityLimit) break;
    if (other(value) && !others.has(value)) {
      others.add(value);
      fromSeen += 1;
    }
  }
  const sorted = [...others].sort(
    (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return [...auditSeverities, ...sorted];
}
