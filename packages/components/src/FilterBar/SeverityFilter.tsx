import { auditSeverities } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { SeverityBadge } from '../cells/SeverityBadge.tsx';
import { Popover } from '../ui/Popover.tsx';
import { ResultCountRegion } from './ResultCountRegion.tsx';

/** Props of {@link SeverityFilter}. */
export interface SeverityFilterProps {
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  /** Says the result count in the open popover when a tick changes it (see `ResultCountRegion`). */
  announceResultCount?: boolean;
}

/** Multi-select of severities in a popover of checkboxes. */
export function SeverityFilter({ value, onChange, announceResultCount = false }: SeverityFilterProps) {
  const { messages } = useAuditUi();
  const label = value.length ? `${messages.severity} (${value.length})` : messages.severity;
  return (
    <Popover label={label} title={messages.severity} slot="audit-severity-trigger">
      {() => (
        <>
          <fieldset data-slot="audit-option-group">
            <legend data-slot="audit-visually-hidden">{messages.severity}</legend>
            {auditSeverities.map((level) => {
              const checked = value.some((item) => item.toLowerCase() === level.toLowerCase());
              return (
                <label key={level} data-slot="audit-option">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      onChange(
                        checked
                          ? value.filter((item) => item.toLowerCase() !== level.toLowerCase())
                          : [...value, level],
                      )
                    }
                  />
                  <SeverityBadge value={level} />
                </label>
              );
            })}
          </fieldset>
          {announceResultCount ? <ResultCountRegion /> : null}
        </>
      )}
    </Popover>
  );
}
