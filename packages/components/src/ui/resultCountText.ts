import type { AuditList } from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { formatNumber } from './formatNumber.ts';

/**
 * "168 events" for a list once it has answered (empty while it loads or failed), or "At least 120 events" when
 * the server sent no count and more may follow: the page's length said as the count told a user that a full
 * page of 20 was every match.
 *
 * @example
 * ```ts
 * resultCountText(list, messages, 'en'); // "168 events"
 * ```
 */
export function resultCountText(
  list: Pick<AuditList, 'total' | 'totalIsLowerBound' | 'isPending' | 'isRefreshing' | 'error'>,
  messages: AuditMessages,
  locale: string | undefined,
): string {
  // Without a count, the previous answer kept while the next loads says nothing of the next one's.
  const { total } = list;
  if (total === undefined || list.isPending || list.error || (list.isRefreshing && list.totalIsLowerBound))
    return '';
  return (list.totalIsLowerBound ? messages.resultCountAtLeast : messages.resultCount)(
    formatNumber(total, locale),
    total,
  );
}
