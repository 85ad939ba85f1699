import {
  auditEventPage,
  auditTimeAround,
  ownValue,
  timeChipKey,
  useOptionalAuditClient,
} from '@auditkit/headless';
import { useContext, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { AuditStateContext } from '../AuditStateProvider/AuditStateContext.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { Icon } from '../ui/Icon.tsx';
import { ancestorsOf, focusChipOrPanel } from './focusChipOrPanel.ts';

/** Props of {@link TimeAroundButton}. */
export interface TimeAroundButtonProps {
  event: AuditEventLike;
  column: AuditColumnLike;
}

/**
 * Five minutes either side: enough to hold what one person or script did around the event (a sign-in and what
 * followed), few enough events to read.
 */
const windowMs = 5 * 60_000;

/**
 * Beside the event's time in its details: "what else happened then", the log's time range set to five minutes
 * either side of the event (`auditTimeAround`), the filters and the search kept, through the query state the
 * filter bar's time range changes. With numbered pages it opens on the page that holds the event
 * (`auditEventPage`: one count first, the button busy meanwhile): newest first, a busy log's first page would
 * hold only later events, and the event would leave the page with its details. Only for the time the range
 * filters on (`createdAt`), inside a query state, for a readable time, and not when the log already shows that
 * range.
 */
export function TimeAroundButton({ event, column }: TimeAroundButtonProps) {
  // The context, not `useAuditState`, which throws outside a provider: the panel is exported on its own too.
  const state = useContext(AuditStateContext);
  const client = useOptionalAuditClient();
  const { messages } = useAuditUi();
  const [busy, setBusy] = useState(false);
  if (!state || column.name !== 'createdAt') return null;
  const range = auditTimeAround(ownValue(event, column.name), windowMs);
  const { queryState } = state;
  const current = queryState.query.time;
  if (!range || (current && 'from' in current && current.from === range.from && current.to === range.to))
    return null;
  const apply = async (click: MouseEvent<HTMLButtonElement>) => {
    if (busy) return;
    const ancestors = ancestorsOf(click.currentTarget);
    const asked = queryState.query;
    let page = 0;
    if (client && state.paging === 'pages') {
      setBusy(true);
      // A count that fails leaves the first page: the range still applies.
      page = await auditEventPage(client, { ...asked, time: range, page: 0 }, event.createdAt, {
        legacy: state.legacy,
      }).catch(() => 0);
      setBusy(false);
    }
    // Rendered now, so the time range's chip is on the page below. Onto the query as it is now: if the user
    // changed it while the count was on its way, the change stays, and the count (of the old query) is not used.
    flushSync(() =>
      queryState.setQuery((query) => ({ ...query, time: range, page: query === asked ? page : 0 })),
    );
    focusChipOrPanel(ancestors, timeChipKey);
  };
  return (
    <>
      {' '}
      <button
        type="button"
        data-slot="audit-details-time-around"
        className="auditkit-details-time-around"
        data-variant="ghost"
        aria-label={messages.eventsAroundTime}
        title={messages.eventsAroundTime}
        aria-busy={busy || undefined}
        onClick={(click) => void apply(click)}
      >
        <Icon name="clock" />
      </button>
    </>
  );
}
