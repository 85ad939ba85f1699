import {
  ownValue,
  useActiveFilters,
  useLoadedAuditValues,
  useUnappliedFilters,
  type AuditQueryOverLimitReason,
} from '@auditkit/headless';
import { useCallback, useMemo, useRef } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { filterLabel } from '../ui/filterLabel.ts';
import { filterValueLabel } from '../messages/filterValueLabel.ts';
import { formatTimestamp, parseTimestamp } from '../ui/formatTimestamp.ts';
import { cx } from '../ui/cx.ts';
import { Popover } from '../ui/Popover.tsx';
import { queryOverLimitText } from '../ui/viewErrorText.ts';
import { FilterChips, type FilterChip } from './FilterChips.tsx';
import { FilterSheet } from './FilterSheet.tsx';
import { SeverityFilter } from './SeverityFilter.tsx';
import { ResultCountRegion } from './ResultCountRegion.tsx';
import { presetLabel, TimeRangeField } from './TimeRangeField.tsx';
import { UnappliedNote } from './UnappliedNote.tsx';
import { moreFilterColumns } from './moreFilterColumns.ts';
import { useChipRemovalFocus } from './useChipRemovalFocus.ts';
import { ValuesField } from './ValuesField.tsx';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  /** Pause after typing before searching, in ms. @default 400 */
  searchDebounceMs?: number | undefined;
  className?: string | undefined;
}

const emptyValues: readonly string[] = [];

/**
 * The search box (free text and the search language: `actor:… severity:high created:7d`), time range (presets
 * or custom), severity (multi-select) and exact-match user email, action and IP filters and one for every other
 * filterable column of the metadata (user agent, a vendor's columns), with the active ones as
 * removable chips and "Clear all"; the box's text and the controls are two views of one query. Every change
 * returns to the first page; with URL sync on (`AuditStateProvider url`), the filters live in the address bar.
 *
 * @example
 * ```tsx
 * <FilterBar searchDebounceMs={300} />
 * ```
 */
export function FilterBar(props: FilterBarProps) {
  return (
    <AuditStateScope>
      <FilterBarForOwner {...props} />
    </AuditStateScope>
  );
}

/** Mounted afresh for another signed-in user: what they typed and have not applied is the last user's. */
function FilterBarForOwner(props: FilterBarProps) {
  const { ownerGeneration } = useAuditState().queryState;
  return <FilterBarContent key={ownerGeneration} {...props} />;
}

function FilterBarContent({ searchDebounceMs, className }: FilterBarProps) {
  const { messages, timeZone, locale, localTimeZone } = useAuditUi();
  const { queryState, columns, legacy } = useAuditState();
  const { query } = queryState;
  const active = useActiveFilters(queryState);
  const unapplied = useUnappliedFilters(query, { legacy });
  const values = (column: string) => ownValue(query.filters, column) ?? emptyValues;
  // Severities the loaded events carry beyond the API's five (`Attention`), read while the popover is open, each
  // time it renders (every tick): of the severity column alone, not every column's values.
  const severityColumn = useMemo(() => columns.filter((column) => column.name === 'severity'), [columns]);
  const loaded = useLoadedAuditValues(severityColumn);
  const seenSeverities = useCallback(() => loaded().get('severity') ?? emptyValues, [loaded]);
  const labelOf = (column: string) => filterLabel(column, columns, messages);
  const others = useMemo(() => moreFilterColumns(columns), [columns]);
  const fields = [
    { column: 'email', label: messages.emails, email: true },
    { column: 'action', label: messages.actions },
    { column: 'ip', label: messages.ipAddress },
    ...others.map((column) => ({
      column: column.name,
      label: labelOf(column.name),
      email: column.type === 'Email',
    })),
  ];
  // A change the query state refuses (a link could not carry it back) leaves the filter as it was; the control
  // that made it says why.
  const refusal = (reason: AuditQueryOverLimitReason | undefined) =>
    reason && messages.filterNotChanged(queryOverLimitText(reason, messages, locale, labelOf));
  const unappliedColumns = new Set(
    unapplied.filter((item) => item.kind === 'filter').map((item) => item.column),
  );
  const at = (iso: string | undefined) => {
    const date = parseTimestamp(iso);
    return date ? formatTimestamp(date, timeZone, locale, localTimeZone) : '…';
  };
  const filtersRef = useRef<HTMLDivElement>(null);
  const chipKeys = useMemo(() => active.chips.map((chip) => chip.key), [active.chips]);
  const removing = useChipRemovalFocus(filtersRef, chipKeys);
  const removeChip = (chip: { key: string; remove: () => void }) => () => {
    removing(chip.key);
    chip.remove();
  };
  const clearAll = () => {
    removing();
    active.clearAll();
  };
  // The hook decides which chips exist; here they only get their words (a Map: a filter named `__proto__`
  // from a link is labelled by its name).
  const chips: FilterChip[] = active.chips.map((chip) => {
    if (chip.kind === 'search')
      return { key: chip.key, label: messages.searchLabel, value: chip.value, onRemove: removeChip(chip) };
    if (chip.kind === 'time') {
      const text =
        'preset' in chip.value
          ? presetLabel(chip.value.preset, messages)
          : `${at(chip.value.from)} – ${at(chip.value.to)}`;
      return { key: chip.key, label: messages.timeRange, value: text, onRemove: removeChip(chip) };
    }
    return {
      key: chip.key,
      label: labelOf(chip.column),
      value: filterValueLabel(chip.column, chip.value, messages),
      unapplied: unappliedColumns.has(chip.column),
      onRemove: removeChip(chip),
    };
  });
  const moreCount = fields.reduce((sum, field) => sum + values(field.column).length, 0);
  // What the narrow layout's one "Filters" button holds: every active filter but the free text.
  const filterCount = active.chips.filter((chip) => chip.kind !== 'search').length;

  return (
    <div
      ref={filtersRef}
      role="search"
      aria-label={messages.filtersLabel}
      className={cx('auditkit-filters', className)}
      data-slot="audit-filters"
    >
      <div data-slot="audit-filter-bar" className="auditkit-filter-bar">
        <SearchBox debounceMs={searchDebounceMs} />
        <FilterSheet
          label={filterCount ? `${messages.filtersToggle} (${filterCount})` : messages.filtersToggle}
        >
          <TimeRangeField value={query.time} onChange={queryState.setTime} />
          <SeverityFilter
            announceResultCount
            value={values('severity')}
            seen={seenSeverities}
            onChange={(next) => refusal(queryState.setFilter('severity', next))}
          />
          <Popover
            label={moreCount ? `${messages.moreFilters} (${moreCount})` : messages.moreFilters}
            title={messages.moreFilters}
            slot="audit-filters-trigger"
          >
            {() => (
              <>
                {fields.map((field) => (
                  <ValuesField
                    key={field.column}
                    label={field.label}
                    type={field.email ? 'email' : 'text'}
                    value={values(field.column)}
                    onChange={(next) => refusal(queryState.setFilter(field.column, next))}
                  />
                ))}
                <ResultCountRegion />
              </>
            )}
          </Popover>
        </FilterSheet>
      </div>
      <FilterChips chips={chips} onClearAll={clearAll} />
      {/* The note alone reads the rows' answer: the bar does not re-render when they arrive. */}
      <UnappliedNote items={unapplied} labelOf={labelOf} />
    </div>
  );
}
