import { revealHiddenText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';

/** One active filter value, with the field label it belongs to. */
export interface FilterChip {
  key: string;
  label: string;
  value: string;
  onRemove: () => void;
  /** The API cannot apply this filter with the rest: the chip says so (the rows are not filtered by it). */
  unapplied?: boolean | undefined;
}

/** Props of {@link FilterChips}. */
export interface FilterChipsProps {
  chips: readonly FilterChip[];
  onClearAll: () => void;
}

/** Active filters as removable chips, with "Clear all". Renders nothing without filters. */
export function FilterChips({ chips, onClearAll }: FilterChipsProps) {
  const { messages } = useAuditUi();
  if (chips.length === 0) return null;
  return (
    <div data-slot="audit-active-filters" className="auditkit-active-filters">
      <ul data-slot="audit-chips" className="auditkit-chips" aria-label={messages.activeFilters}>
        {chips.map((chip) => (
          <li
            key={chip.key}
            data-slot="audit-chip"
            className="auditkit-chip"
            data-key={chip.key}
            data-state={chip.unapplied ? 'unapplied' : 'applied'}
          >
            <span>
              {messages.labelled(revealHiddenText(chip.label), revealHiddenText(chip.value))}
              {chip.unapplied ? (
                <em data-slot="audit-chip-note" className="auditkit-chip-note">
                  {/* The note as the language puts one after a text (" (…)", Japanese "（…）"): the text is the
                      chip's own, drawn before it. */}
                  {messages.noted('', messages.notApplied)}
                </em>
              ) : null}
            </span>
            <button
              type="button"
              aria-label={messages.removeFilter(revealHiddenText(chip.label), revealHiddenText(chip.value))}
              onClick={chip.onRemove}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" data-variant="ghost" onClick={onClearAll}>
        {messages.clearAll}
      </button>
    </div>
  );
}
