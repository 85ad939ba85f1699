import { useAuditEvents, useNewEventsSince } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** Props of {@link NewEventsNotice}. */
export interface NewEventsNoticeProps {
  /** Poll interval in ms. @default 30000 */
  interval?: number;
  className?: string;
}

/**
 * "12 new events, show them": polls cheaply for events newer than the newest one on screen that match the
 * current filters; "show them" returns to the first page, newest first. Renders nothing while there are none.
 * The count is announced politely.
 *
 * @example
 * ```tsx
 * <NewEventsNotice interval={15000} />
 * ```
 */
export function NewEventsNotice({ interval, className }: NewEventsNoticeProps) {
  const { messages, locale } = useAuditUi();
  const { queryState } = useAuditState();
  const { query } = queryState;
  const page = useAuditEvents(query);
  // Only meaningful when the list is newest-first: then the first row is the newest event seen.
  const newestFirst = query.sort.column === 'createdAt' && query.sort.direction === 'desc';
  const since = newestFirst ? (page.data?.data[0]?.createdAt as string | undefined) : undefined;
  const { total } = useNewEventsSince({ query, since, interval, enabled: newestFirst });
  return (
    <div role="status" aria-live="polite" className={cx(className)}>
      {total > 0 ? (
        <div data-slot="audit-new-events">
          <span>{messages.newEvents(formatNumber(total, locale))}</span>
          <button
            type="button"
            onClick={() => {
              // Page 0 is refetched on arrival (it is stale); already there, ask again.
              if (query.page === 0) void page.refetch();
              else queryState.setPage(0);
            }}
          >
            {messages.showNewEvents}
          </button>
        </div>
      ) : null}
    </div>
  );
}
