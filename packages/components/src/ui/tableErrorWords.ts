import { isAuditApiError } from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { errorText } from './errorText.ts';

/** What the table says of a list that failed: see {@link tableErrorWords}. */
export interface TableErrorWords {
  /** A 403: the title says so, with no reason and no Retry (asking again cannot give the permission back). */
  forbidden: boolean;
  /** "The audit log could not be loaded.", or that the user may not see it. */
  title: string;
  /** Why, in the log's language (`errorText`); empty for a 403. */
  reason: string;
}

/**
 * The words of the table's error state, also said from inside an open filter dialog, where its alert cannot be
 * heard: both say a failure alike.
 *
 * @example
 * ```ts
 * const { title, reason } = tableErrorWords(list.error, messages, 'en'); // "The audit log could not be loaded."
 * ```
 */
export function tableErrorWords(
  error: Error,
  messages: AuditMessages,
  locale: string | undefined,
): TableErrorWords {
  if (isAuditApiError(error) && error.status === 403)
    return { forbidden: true, title: messages.noPermission, reason: '' };
  return { forbidden: false, title: messages.errorTitle, reason: errorText(error, messages, locale) };
}
