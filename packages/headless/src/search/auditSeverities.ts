import type { AuditSeverity } from '../client/auditTypes.ts';

/** The severities the API knows, mildest first (the values `severity:` accepts, in any case). */
export const auditSeverities: readonly AuditSeverity[] = Object.freeze([
  'Info',
  'Medium',
  'High',
  'Critical',
  'Error',
]);
