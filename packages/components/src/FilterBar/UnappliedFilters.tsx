import { revealHiddenText, type UnappliedFilter } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { filterValueLabel } from '../messages/filterValueLabel.ts';

/** Props of {@link UnappliedFilters}. */
export interface UnappliedFiltersProps {
  items: readonly UnappliedFilter[];
  /**
   * What names an item in the list: a filter or sort by its column's label (as the chips say it), a time bound by
   * what the caller calls the range. Given the whole item, since a time bound's `column` is the time column's.
   * @example (item) => (item.kind === 'time' ? messages.timeRange : filterLabel(item.column, columns, messages))
   */
  labelOf: (item: UnappliedFilter) => string;
  /** The list's heading and accessible name. @default messages.unappliedTitle */
  title?: string | undefined;
  /**
   * For a control the note describes: the list gets this id and the heading `<id>-title` (an `aria-describedby`
   * naming the note itself reads only its label, not what is left out).
   */
  id?: string | undefined;
}

/**
 * A filter's values as its chips show them (severities in the log's language, hidden characters marked), listed as
 * the alternatives they are, in the words' language: "alice, bob, or carol"; 「alice、bob、またはcarol」, not a
 * comma after Japanese text.
 */
function shownValues(item: UnappliedFilter, messages: AuditMessages, language: string | undefined): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(
    item.values.map((value) => revealHiddenText(filterValueLabel(item.column, value, messages))),
  );
}

/**
 * Says which filters (or the sort) the audits API cannot apply to the rows shown, and why, so unfiltered rows are
 * never taken for filtered ones. Renders nothing when the whole query applies.
 */
export function UnappliedFilters({ items, labelOf, title, id }: UnappliedFiltersProps) {
  const { messages, lang, locale } = useAuditUi();
  if (items.length === 0) return null;
  const heading = title ?? messages.unappliedTitle;
  return (
    <div role="note" aria-label={heading} data-slot="audit-unapplied" className="auditkit-unapplied">
      <strong id={id && `${id}-title`}>{messages.listHeading(heading)}</strong>
      <ul id={id}>
        {items.map((item) => (
          <li key={`${item.kind}:${item.column}:${item.values.join('\u0000')}`}>
            {/* The reason in the language's parentheses: Japanese full-width ones, without a space. */}
            {messages.noted(
              item.kind === 'sort'
                ? messages.unappliedSort(revealHiddenText(labelOf(item)))
                : item.values.length
                  ? messages.labelled(
                      revealHiddenText(labelOf(item)),
                      shownValues(item, messages, lang ?? locale),
                    )
                  : revealHiddenText(labelOf(item)),
              messages.unappliedReasons[item.reason],
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
