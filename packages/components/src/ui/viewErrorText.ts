import { isSavedViewError, type AuditQueryOverLimitReason } from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { errorText } from './errorText.ts';
import { formatNumber } from './formatNumber.ts';

// A full storage throws a DOMException by this name. Compared by name, not `instanceof DOMException`: a storage
// in another window (a framed log's) throws that window's DOMException.
const isStorageFull = (cause: unknown) =>
  typeof cause === 'object' && cause !== null && 'name' in cause && cause.name === 'QuotaExceededError';

const isErrorLike = (cause: unknown): cause is Error =>
  typeof cause === 'object' && cause !== null && 'message' in cause && typeof cause.message === 'string';

/**
 * What to tell the user about a change to saved views that failed, in the log's language. A change the library
 * refused (a `SavedViewError`'s `code`) and a full browser storage are said with `messages`, numbers formatted in
 * `locale` and columns named by `columnLabel`; anything else a host's storage throws is its own words and shown
 * by its message as sent (an `AuditApiError` as `errorText` says it).
 */
export function viewErrorText(
  cause: unknown,
  messages: AuditMessages,
  locale: string | undefined,
  columnLabel: (column: string) => string = (column) => column,
): string {
  if (isStorageFull(cause)) return messages.viewErrorStorageFull;
  // Any window's Error, and a thrown plain object with a message, are shown by it; the rest as text.
  if (!isSavedViewError(cause))
    return isErrorLike(cause) ? errorText(cause, messages, locale) : String(cause);
  const { limit = 0, reason, name = '' } = cause.detail;
  const format = (value: number) => formatNumber(value, locale);
  switch (cause.code) {
    case 'name-missing':
      return messages.viewErrorNameMissing;
    case 'name-too-long':
      return messages.viewErrorNameTooLong(format(limit));
    case 'name-taken':
      return messages.viewErrorNameTaken(name);
    case 'too-many':
      return messages.viewErrorTooMany(format(limit));
    case 'loading':
      return messages.viewErrorLoading;
    case 'not-loaded':
      return messages.viewErrorNotLoaded;
    case 'unknown-view':
      return messages.viewErrorUnknown;
    case 'predefined-view':
      return messages.viewErrorPredefined;
    case 'columns-too-big':
      return messages.viewErrorColumnsTooBig(format(limit));
    case 'query-too-big':
      if (reason) return messages.viewErrorQueryTooBig(overLimitText(reason, messages, format, columnLabel));
      // Every part within its limit, but the whole longer than a stored view keeps.
      return limit ? messages.viewErrorQueryTooBig(messages.queryOverStored(format(limit))) : cause.message;
    default:
      // A code this version does not know: its English is better than nothing.
      return cause.message;
  }
}

/**
 * Which limit of what a link or a saved view carries a change is over (an `AuditQueryOverLimitReason`, as
 * `useAuditQueryState`'s setters return for a change they refuse), in the log's language: numbers formatted in
 * `locale`, columns named by `columnLabel`.
 */
export function queryOverLimitText(
  reason: AuditQueryOverLimitReason,
  messages: AuditMessages,
  locale: string | undefined,
  columnLabel: (column: string) => string = (column) => column,
): string {
  return overLimitText(reason, messages, (value) => formatNumber(value, locale), columnLabel);
}

function overLimitText(
  reason: AuditQueryOverLimitReason,
  messages: AuditMessages,
  format: (value: number) => string,
  columnLabel: (column: string) => string,
): string {
  const { limit = 0, column = '' } = reason;
  switch (reason.code) {
    case 'search-too-long':
      return messages.queryOverSearch(format(limit));
    case 'too-many-columns':
      return messages.queryOverColumns(format(limit));
    case 'column-name':
      return messages.queryOverColumnName(columnLabel(column));
    case 'too-many-values':
      return messages.queryOverValues(columnLabel(column), format(limit));
    case 'value-too-long':
      return messages.queryOverValueLength(columnLabel(column), format(limit));
    default:
      return reason.message;
  }
}
