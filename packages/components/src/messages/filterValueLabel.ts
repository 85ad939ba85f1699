import type { AuditMessages } from './defaultMessages.ts';
import { severityLabel } from './severityLabel.ts';

/**
 * A filter's value as the log shows it wherever the filter is named (its chip, the note of filters the API could
 * not apply): a severity in the log's language, any other value as typed. One rule, so the two never disagree.
 */
export function filterValueLabel(column: string, value: string, messages: AuditMessages): string {
  return column === 'severity' ? severityLabel(value, messages) : value;
}
