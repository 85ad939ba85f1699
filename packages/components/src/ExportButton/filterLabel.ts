import type { AuditMessages } from '../messages/defaultMessages.ts';
import type { AuditColumnLike } from '../types.ts';
import { columnDisplayName } from '../ui/columnDisplayName.ts';

/**
 * What the filter bar calls the filter of `column`: the filters it has controls for by their messages, in the
 * log's language (`users` is no column of the metadata, whose display name would be the key itself), any other by
 * its column's display name. The export's note on what the file leaves out names filters with it, so the note and
 * the filter bar's own note agree. (The filter bar keeps the same names in a map of its own; it could use this.)
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
