import {
  auditQueryOverLimitReason,
  filterChipKey,
  filterableColumnNames,
  ownValue,
  revealHiddenText,
  withAuditFilter,
} from '@auditkit/headless';
import { useContext, useId, useMemo, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { AuditStateContext } from '../AuditStateProvider/AuditStateContext.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { RefusalAlert } from '../FilterBar/RefusalAlert.tsx';
import { useRefusal } from '../FilterBar/useRefusal.ts';
import { filterValueLabel } from '../messages/filterValueLabel.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { filterLabel } from '../ui/filterLabel.ts';
import { Icon } from '../ui/Icon.tsx';
import { queryOverLimitText } from '../ui/viewErrorText.ts';
import { BusyStatus } from './BusyStatus.tsx';
import { ancestorsOf, focusChipOrPanel } from './focusChipOrPanel.ts';
import { TipButton } from './TipButton.tsx';
import { useEventPage } from './useEventPage.ts';
import { valueToFilterBy } from './valueToFilterBy.ts';

/** Props of {@link FilterToValueButton}. */
export interface FilterToValueButtonProps {
  event: AuditEventLike;
  column: AuditColumnLike;
}

/**
 * Beside a field of the details: filters the log to exactly this value, that column's filter replaced and every
 * other filter, the search and the time range kept, on the page that holds the event (`useEventPage`), through
 * the query state the filter bar changes (as `setFilter` does, `withAuditFilter`). Nothing outside a query state
 * (a standalone `<EventDetails>`), nor for a field the log cannot filter by (`valueToFilterBy`), nor when the log
 * already shows only this value. A change the query state refuses (a link could not carry it back) is said here,
 * as the filter bar's controls say theirs.
 */
export function FilterToValueButton({ event, column }: FilterToValueButtonProps) {
  // The context, not `useAuditState`, which throws outside a provider: the panel is exported on its own too.
  const state = useContext(AuditStateContext);
  const { messages, locale } = useAuditUi();
  const [refusal, report] = useRefusal();
  const errorId = useId();
  const { busy, pageOf } = useEventPage(event);
  const columns = state?.columns;
  const filterable = useMemo(() => (columns ? filterableColumnNames(columns) : undefined), [columns]);
  const value = filterable && valueToFilterBy(event, column, filterable);
  if (!state || value === undefined) return null;
  const { queryState } = state;
  const current = ownValue(queryState.query.filters, column.name);
  if (current?.length === 1 && current[0] === value) return null;
  const labelOf = (name: string) => filterLabel(name, state.columns, messages);
  // The filter named as its chip names it (the filter bar's word: "Email" for the user's address), so the chip that
  // takes focus after the click reads as what the button said it would do.
  const name = messages.filterToValue(
    revealHiddenText(labelOf(column.name)),
    revealHiddenText(filterValueLabel(column.name, value, messages)),
  );
  const apply = async (click: MouseEvent<HTMLButtonElement>) => {
    if (busy) return;
    const ancestors = ancestorsOf(click.currentTarget);
    const asked = queryState.query;
    const next = withAuditFilter(asked, column.name, [value]);
    // A change the query state's `setFilter` would refuse (a link could not carry it back) is said at once,
    // without a count; a query already over the limits is not held against it, as there.
    const over = !auditQueryOverLimitReason(asked) && auditQueryOverLimitReason(next);
    report(over ? messages.filterNotChanged(queryOverLimitText(over, messages, locale, labelOf)) : undefined);
    if (over) return;
    const page = await pageOf(next);
    if (page === undefined) return;
    // Rendered now, so the chip is on the page below. One change, the filter and the page that holds the event
    // (whose row stays with its details) together: one history entry, and one `onChange` for a host that holds
    // the query. Checked against the limits above, on this same query (`pageOf` drops a query changed since).
    flushSync(() => queryState.setQuery({ ...next, page }));
    // To the new filter's chip; without a filter bar, to the details panel (the event has the value and is on
    // the page that opens, so its row stays), as this button is gone too: the log now shows only this value.
    focusChipOrPanel(ancestors, filterChipKey(column.name, value));
  };
  return (
    <>
      {' '}
      <TipButton
        data-slot="audit-details-filter"
        className="auditkit-details-filter"
        data-variant="ghost"
        label={name}
        aria-describedby={refusal.reason ? errorId : undefined}
        aria-disabled={busy || undefined}
        onClick={(click) => void apply(click)}
      >
        <Icon name="search" />
      </TipButton>
      <BusyStatus busy={busy} />
      <RefusalAlert refusal={refusal} id={errorId} />
    </>
  );
}
