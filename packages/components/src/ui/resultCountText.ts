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
  list: Pick<AuditList, 'total' | 'totalIsLowerBound' | 'isPending' | 'isRefreshing' | 'updatedAt' | 'error'>,
  messages: AuditMessages,
  locale: string | undefined,
): string {
  // Without a count, the previous query's answer kept while the next loads (a page-size change) says nothing of the
  // next one's. Only then (no answer of this query: `updatedAt` unset): emptied while the list's own answer is
  // asked again in the background (the window regaining focus), the polite region read the same count out again.
  const { total } = list;
  const previousAnswer = list.isRefreshing && list.updatedAt === undefined;
  if (total === undefined || list.isPending || list.error || (previousAnswer && list.totalIsLowerBound))
    return '';
  return (list.totalIsLowerBound ? messages.resultCountAtLeast : messages.resultCount)(
    formatNumber(total, locale),
    total,
  );
}
