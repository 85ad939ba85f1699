import { knownSeverity } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';

/**
 * A severity as the log's language names it: a level the API defines (in any case) through
 * `messages.severityLabels`, anything else as the API sent it.
 */
export function severityLabel(value: string, messages: AuditMessages): string {
  const known = knownSeverity(value.trim());
  return known ? messages.severityLabels[known] : value;
}
