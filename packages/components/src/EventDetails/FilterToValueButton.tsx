import { filterChipKey, filterableColumnNames, ownValue, revealHiddenText } from '@auditkit/headless';
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
import { ancestorsOf, focusChipOrPanel } from './focusChipOrPanel.ts';
import { valueToFilterBy } from './valueToFilterBy.ts';

/** Props of {@link FilterToValueButton}. */
export interface FilterToValueButtonProps {
  event: AuditEventLike;
  column: AuditColumnLike;
}

/**
 * Beside a field of the details: filters the log to exactly this value, that column's filter replaced and every
 * other filter, the search and the time range kept, back on the first page, through the query state the filter
 * bar changes (`setFilter`). Nothing outside a query state (a standalone `<EventDetails>`), nor for a field the
 * log cannot filter by (`valueToFilterBy`), nor when the log already shows only this value. A change the query
 * state refuses (a link could not carry it back) is said here, as the filter bar's controls say theirs.
 */
export function FilterToValueButton({ event, column }: FilterToValueButtonProps) {
  // The context, not `useAuditState`, which throws outside a provider: the panel is exported on its own too.
  const state = useContext(AuditStateContext);
  const { messages, locale } = useAuditUi();
  const [refusal, report] = useRefusal();
  const errorId = useId();
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
  const apply = (click: MouseEvent<HTMLButtonElement>) => {
    const ancestors = ancestorsOf(click.currentTarget);
    let reason: ReturnType<typeof queryState.setFilter>;
    // Rendered now, so the chip is on the page below: the new rows may take this panel's row away with the
    // button, and focus with it.
    flushSync(() => {
      reason = queryState.setFilter(column.name, [value]);
    });
    report(reason && messages.filterNotChanged(queryOverLimitText(reason, messages, locale, labelOf)));
    if (reason) return;
    // To the new filter's chip; without a filter bar, to the details panel (the event has the value, so its row
    // stays), as this button is gone too: the log now shows only this value.
    focusChipOrPanel(ancestors, filterChipKey(column.name, value));
  };
  return (
    <>
      {' '}
      <button
        type="button"
        data-slot="audit-details-filter"
        className="auditkit-details-filter"
        data-variant="ghost"
        aria-label={name}
        title={name}
        aria-describedby={refusal.reason ? errorId : undefined}
        onClick={apply}
      >
        <Icon name="search" />
      </button>
      <RefusalAlert refusal={refusal} id={errorId} />
    </>
  );
}
