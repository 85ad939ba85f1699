import type { AuditSeverity } from '../client/auditTypes.ts';

/**
 * The severities the API knows, mildest first: the one list every part uses (the severity filter, the search
 * language's `severity:` values in any case, the suggestions). The API's own list is an unordered enum; the order
 * here is the usual one (an error is less severe than a critical event) and the one the mock sorts by.
 */
export const auditSeverities: readonly AuditSeverity[] = Object.freeze([
  'Info',
  'Medium',
  'High',
  'Error',
  'Critical',
]);

/**
 * The level of `auditSeverities` that `value` names in any case (`info` → `Info`), or `undefined` for any other
 * value (a tenant's own `Attention`): the one rule every part matches severities by.
 */
export function knownSeverity(value: string): AuditSeverity | undefined {
  const key = value.toLowerCase();
  return auditSeverities.find((level) => level.toLowerCase() === key);
}
