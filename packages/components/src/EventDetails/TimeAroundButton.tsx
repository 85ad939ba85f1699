import { auditTimeAround, ownValue, timeChipKey } from '@auditkit/headless';
import { useContext, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { AuditStateContext } from '../AuditStateProvider/AuditStateContext.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { Icon } from '../ui/Icon.tsx';
import { BusyStatus } from './BusyStatus.tsx';
import { ancestorsOf, focusChipOrPanel } from './focusChipOrPanel.ts';
import { TipButton } from './TipButton.tsx';
import { useEventPage } from './useEventPage.ts';

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
 * filter bar's time range changes, on the page that holds the event (`useEventPage`). Only for the time the range
 * filters on (`createdAt`), inside a query state, for a readable time, and not when the log already shows that
 * range.
 */
export function TimeAroundButton({ event, column }: TimeAroundButtonProps) {
  // The context, not `useAuditState`, which throws outside a provider: the panel is exported on its own too.
  const state = useContext(AuditStateContext);
  const { messages } = useAuditUi();
  const { busy, pageOf } = useEventPage(event);
  if (!state || column.name !== 'createdAt') return null;
  const range = auditTimeAround(ownValue(event, column.name), windowMs);
  const { queryState } = state;
  const current = queryState.query.time;
  if (!range || (current && 'from' in current && current.from === range.from && current.to === range.to))
    return null;
  const apply = async (click: MouseEvent<HTMLButtonElement>) => {
    if (busy) return;
    const ancestors = ancestorsOf(click.currentTarget);
    const next = { ...queryState.query, time: range, page: 0 };
    const page = await pageOf(next);
    if (page === undefined) return;
    // Rendered now, so the time range's chip is on the page below.
    flushSync(() => queryState.setQuery({ ...next, page }));
    focusChipOrPanel(ancestors, timeChipKey);
  };
  return (
    <>
      {' '}
      <TipButton
        data-slot="audit-details-time-around"
        className="auditkit-details-time-around"
        data-variant="ghost"
        label={messages.eventsAroundTime}
        aria-disabled={busy || undefined}
        onClick={(click) => void apply(click)}
      >
        <Icon name="clock" />
      </TipButton>
      <BusyStatus busy={busy} />
    </>
  );
}
