import { auditSeverities, knownSeverity } from './auditSeverities.ts';

/**
 * The severities a severity filter offers: the five the API defines (`auditSeverities`, mildest first), then every
 * other value that is in the current filter or was seen in the data (Frontegg's own data carries `Attention`),
 * exactly as written there and in a fixed order (alphabetical), so ticking one does not move it. A level the API
 * defines, in any case (`info`), is that level's option, not another one. Values are plain data: `__proto__` or
 * `constructor` is just an option.
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
  for (const value of [...selected, ...seen])
    if (typeof value === 'string' && value.trim() !== '' && !knownSeverity(value)) others.add(value);
  const sorted = [...others].sort(
    (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return [...auditSeverities, ...sorted];
}
