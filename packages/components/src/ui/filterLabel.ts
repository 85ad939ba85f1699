import type { AuditMessages } from '../messages/defaultMessages.ts';
import type { AuditColumnLike } from '../types.ts';
import { columnDisplayName } from './columnDisplayName.ts';

/**
 * What the filter bar calls the filter of `column`: the filters it has controls for by their messages, in the
 * log's language (`users` is no column of the metadata, whose display name would be the key itself), any other by
 * its column's display name. The filter bar and the export's note on what the file leaves out both name filters
 * with it, so the two agree.
 */
export function filterLabel(
  column: string,
  columns: readonly AuditColumnLike[],
  messages: AuditMessages,
): string {
  switch (column) {
    case 'users':
      return messages.users;
    case 'severity':
      return messages.severity;
    case 'email':
      return messages.emails;
    case 'action':
      return messages.actions;
    case 'ip':
      return messages.ipAddress;
    default:
      return columnDisplayName(columns, column);
  }
}
