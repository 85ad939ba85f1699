import type { AuditApiError } from '@auditkit/headless';
import type { AuditUiValue } from '../context/AuditUiContext.ts';
import { errorText } from '../ui/errorText.ts';
import { formatTimestamp } from '../ui/formatTimestamp.ts';

/** What the refresh notice says, line by line. */
export interface RefreshFailedWords {
  title: string;
  /** Why: the library's words for the failure, or the server's own message. */
  reason: string;
  /** When the rows kept were asked for; empty when that is not known. */
  shown: string;
}

/**
 * The words of the notice shown while rows from an earlier answer stay after asking again for them failed: the
 * same for the words on screen and those said in the table's live region.
 */
export function refreshFailedWords(
  error: AuditApiError,
  updatedAt: number | undefined,
  { messages, locale, timeZone, localTimeZone }: AuditUiValue,
): RefreshFailedWords {
  // A 403 says nothing the user can act on as a status code: the permission is what is missing (AuditTableError).
  const reason = error.status === 403 ? messages.noPermission : errorText(error, messages, locale);
  const shown =
    updatedAt === undefined
      ? ''
      : messages.refreshFailedShown(formatTimestamp(new Date(updatedAt), timeZone, locale, localTimeZone));
  return { title: messages.refreshFailed, reason, shown };
}
