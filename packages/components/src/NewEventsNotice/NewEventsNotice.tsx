import { useNewEventsNotice } from '@auditkit/headless';
import { useRef } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { ModalAnnouncement } from '../ui/ModalAnnouncement.tsx';
import { useShowNewFocus } from './useShowNewFocus.ts';

/** Props of {@link NewEventsNotice}. */
export interface NewEventsNoticeProps {
  /** Poll interval in ms. @default 30000 */
  interval?: number | undefined;
  className?: string | undefined;
}

/**
 * "12 new events, show them": polls cheaply for events that match the current filters and arrived after they were
 * loaded, on any page and in any sort; "show them" returns to the first page, newest first. Renders nothing while
 * there are none, or says that the check failed. The count is announced politely, from inside the log's open modal
 * dialog if there is one.
 *
 * @example
 * ```tsx
 * <NewEventsNotice interval={15000} />
 * ```
 */
export function NewEventsNotice(props: NewEventsNoticeProps) {
  return (
    <AuditStateScope>
      <NewEventsNoticeContent {...props} />
    </AuditStateScope>
  );
}

function NewEventsNoticeContent({ interval, className }: NewEventsNoticeProps) {
  const { messages, locale } = useAuditUi();
  const { queryState, paging, legacy } = useAuditState();
  // The table's own list (pages or infinite): "show them" refreshes what is on screen.
  const { total, totalIsLowerBound, showNew, error, isPaused } = useNewEventsNotice({
    state: queryState,
    list: { paging, legacy },
    interval,
  });
  const regionRef = useRef<HTMLDivElement>(null);
  const showing = useShowNewFocus(regionRef, total > 0);
  // A failed poll (an expired token, the network down) is said, not shown as "nothing new": someone watching the
  // log for new events must be able to tell that it has stopped telling them. It goes once a poll answers again.
  // Said beside a count too (Query keeps the last count when a poll fails: "3 new events" stayed while more came),
  // and while the browser is offline, where Query holds the poll instead of failing it.
  const failed = error !== null || isPaused;
  // Without a count from the server the poll's one event is no count: "1 new event" would hide the rest.
  const count =
    total > 0
      ? totalIsLowerBound
        ? messages.newEventsUncounted
        : messages.newEvents(formatNumber(total, locale), total)
      : '';
  const text = [count, failed ? messages.newEventsCheckFailed : ''].filter(Boolean).join(' ');
  const failure = failed ? (
    <p data-slot="audit-new-events" className="auditkit-new-events" data-state="failed">
      {messages.newEventsCheckFailed}
    </p>
  ) : null;
  return (
    <div ref={regionRef} role="status" aria-live="polite" className={cx(className)}>
      <ModalAnnouncement message={text} />
      {total > 0 ? (
        <div data-slot="audit-new-events" className="auditkit-new-events">
          <span>{count}</span>
          <button
            type="button"
            onClick={() => {
              showing();
              showNew();
            }}
          >
            {messages.showNewEvents}
          </button>
        </div>
      ) : null}
      {failure}
    </div>
  );
}
