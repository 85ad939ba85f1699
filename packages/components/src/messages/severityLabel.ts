import { auditSeverities } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';

/**
 * A severity as the log's language names it: a level the API defines (in any case) through
 * `messages.severityLabels`, anything else as the API sent it.
 */
export function severityLabel(value: string, messages: AuditMessages): string {
  const key = value.trim().toLowerCase();
  const known = auditSeverities.find((level) => level.toLowerCase() === key);
  return known ? messages.severityLabels[known] : value;
}
