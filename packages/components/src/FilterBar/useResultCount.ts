import { useAuditList } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { resultCountText } from '../ui/resultCountText.ts';
import { sentences } from '../ui/sentences.ts';
import { tableErrorWords } from '../ui/tableErrorWords.ts';
import { useCountSaidAgain } from '../ui/useCountSaidAgain.ts';

/**
 * "168 events" for the current query once it has answered (empty while it loads), as the table says it, or the
 * table's error when the list failed; emptied for a frame when a filter's answer has the same count, so it is said
 * again. The table's own list (one cache entry, one request): the filter dialogs say it too, since the table's live
 * region and its alert are out of the accessibility tree while a modal dialog is open. Only the dialogs say the
 * error in the count's place: on the page, the table's alert says it.
 */
export function useResultCount(): string {
  const { messages, locale } = useAuditUi();
  const { queryState, paging, legacy } = useAuditState();
  const list = useAuditList(queryState.query, { paging, legacy });
  // As the table shows its error state: no rows kept. A failed next page or refresh leaves the count standing.
  const failed =
    list.error && list.events.length === 0 ? tableErrorWords(list.error, messages, locale) : null;
  const text = failed
    ? failed.reason
      ? sentences(failed.title, failed.reason)
      : failed.title
    : resultCountText(list, messages, locale);
  return useCountSaidAgain(text, queryState.query, !list.isPending && !list.isRefreshing);
}
