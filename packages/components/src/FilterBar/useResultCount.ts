import { isAuditApiError, useAuditList } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { errorText } from '../ui/errorText.ts';
import { resultCountText } from '../ui/resultCountText.ts';
import { sentences } from '../ui/sentences.ts';

/**
 * "168 events" for the current query once it has answered (empty while it loads), as the table says it, or the
 * table's error when the list failed. The table's own list (one cache entry, one request): the filter dialogs say
 * it too, since the table's live region and its alert are out of the accessibility tree while a modal dialog is
 * open. Only the dialogs say the error in the count's place: on the page, the table's alert says it.
 */
export function useResultCount(): string {
  const { messages, locale } = useAuditUi();
  const { queryState, paging, legacy } = useAuditState();
  const list = useAuditList(queryState.query, { paging, legacy });
  // As the table shows its error state: no rows kept. A failed next page or refresh leaves the count standing.
  if (list.error && list.events.length === 0) return failedListText(list.error, messages, locale);
  return resultCountText(list, messages, locale);
}

/** The words of the table's error state (`AuditTableError`) as one text: its title and why, or no permission. */
function failedListText(error: Error, messages: AuditMessages, locale: string | undefined): string {
  if (isAuditApiError(error) && error.status === 403) return messages.noPermission;
  const reason = errorText(error, messages, locale);
  return reason ? sentences(messages.errorTitle, reason) : messages.errorTitle;
}
