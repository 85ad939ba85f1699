import { useAuditList, type UnappliedFilter } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { UnappliedFilters } from './UnappliedFilters.tsx';

/** Props of {@link UnappliedNote}. */
export interface UnappliedNoteProps {
  /** What the plan leaves out (`useUnappliedFilters`). */
  items: readonly UnappliedFilter[];
  /** The label of a column (its display name). */
  labelOf: (column: string) => string;
}

/**
 * The filter bar's note of what is not applied: the plan's items and what the rows' answer shows (the time range a
 * legacy list did not keep to). Only this note follows the list, so the filter bar does not re-render when rows
 * arrive; and only with a time range, the one thing an answer can mark.
 */
export function UnappliedNote({ items, labelOf }: UnappliedNoteProps) {
  const { queryState } = useAuditState();
  return queryState.query.time ? (
    <AnsweredNote items={items} labelOf={labelOf} />
  ) : (
    <Note items={items} labelOf={labelOf} />
  );
}

function AnsweredNote({ items, labelOf }: UnappliedNoteProps) {
  const { queryState, paging, legacy } = useAuditState();
  // The table's list, read as it reads it (`useResultCount` too): one cache entry, one request.
  const answered = useAuditList(queryState.query, { paging, legacy }).unapplied;
  return <Note items={answered.length ? [...items, ...answered] : items} labelOf={labelOf} />;
}

function Note({ items, labelOf }: UnappliedNoteProps) {
  const { messages } = useAuditUi();
  return (
    <UnappliedFilters
      items={items}
      // The time range named as its chip names it: a time bound's column is the time column, whose display name
      // stays for a link's filter on that column (`createdAt` too).
      labelOf={(item) => (item.kind === 'time' ? messages.timeRange : labelOf(item.column))}
    />
  );
}
