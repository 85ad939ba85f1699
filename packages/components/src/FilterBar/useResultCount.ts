import { useAuditList } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { resultCountText } from '../ui/resultCountText.ts';

/**
 * "168 events" for the current query once it has answered (empty while it loads or failed), as the table says
 * it. The table's own list (one cache entry, one request): the filter dialogs say it too, since the table's live
 * region is out of the accessibility tree while a modal dialog is open.
 */
export function useResultCount(): string {
  const { messages, locale } = useAuditUi();
  const { queryState, paging, legacy } = useAuditState();
  return resultCountText(useAuditList(queryState.query, { paging, legacy }), messages, locale);
}
