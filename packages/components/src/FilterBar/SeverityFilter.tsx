import { auditSeverityOptions, knownSeverity } from '@auditkit/headless';
import { useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { SeverityBadge } from '../cells/SeverityBadge.tsx';
import { Popover } from '../ui/Popover.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';
import { ResultCountRegion } from './ResultCountRegion.tsx';
import { useRefusal } from './useRefusal.ts';

/** Props of {@link SeverityFilter}. */
export interface SeverityFilterProps {
  value: readonly string[];
  /** Returns why the change was refused, in words to show in the popover (`undefined` when it was made). */
  onChange: (value: readonly string[]) => string | undefined;
  /**
   * Severities seen in the loaded events, offered after the API's five (a tenant's data may carry others, such as
   * `Attention`); a function is asked only while the popover is open, so it can read what has loaded by then.
   * @default []
   */
  seen?: readonly string[] | (() => readonly string[]) | undefined;
  /** Says the result count in the open popover when a tick changes it (see `ResultCountRegion`). */
  announceResultCount?: boolean | undefined;
}

/**
 * Multi-select of severities in a popover of checkboxes: the API's five, then any other severity that is in the
 * filter (a link's `Attention`) or in the loaded events, each as the data writes it (`auditSeverityOptions`).
 * One of the five is ticked by a value in any case; any other by its exact text.
 */
export function SeverityFilter({ value, onChange, seen, announceResultCount = false }: SeverityFilterProps) {
  const { messages } = useAuditUi();
  const label = value.length ? `${messages.severity} (${value.length})` : messages.severity;
  return (
    <Popover label={label} title={messages.severity} slot="audit-severity-trigger">
      {() => (
        <SeverityOptions
          value={value}
          onChange={onChange}
          seen={seen}
          announceResultCount={announceResultCount}
        />
      )}
    </Popover>
  );
}

/**
 * The popover's checkboxes. Options stay listed while it is open: unticking a severity that no loaded event carries
 * would otherwise take away the checkbox that has focus, and focus with it.
 */
function SeverityOptions({ value, onChange, seen, announceResultCount }: SeverityFilterProps) {
  const { messages } = useAuditUi();
  const current = auditSeverityOptions(value, typeof seen === 'function' ? seen() : seen);
  const [listed, setListed] = useState(current);
  const options = auditSeverityOptions([...listed, ...current]);
  // Adjusting state while rendering (React's pattern for state derived from what a render sees).
  if (options.length !== listed.length) setListed(options);
  // Why the last tick was refused (over what a link carries).
  const [refusal, report] = useRefusal();
  const change = (next: readonly string[]) => report(onChange(next));
  return (
    <>
      <fieldset data-slot="audit-option-group" className="auditkit-option-group">
        <legend data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
          {messages.severity}
        </legend>
        {options.map((level) => {
          // The five match in any case (`info` is Info); another severity only as written.
          const matches = (item: string) => (knownSeverity(item) ?? item) === level;
          const checked = value.some(matches);
          return (
            <label key={level} data-slot="audit-option" className="auditkit-option">
              <input
                type="checkbox"
                checked={checked}
                onChange={() => change(checked ? value.filter((item) => !matches(item)) : [...value, level])}
              />
              <SeverityBadge value={level} />
            </label>
          );
        })}
      </fieldset>
      <RefusalAlert refusal={refusal} />
      {announceResultCount ? <ResultCountRegion /> : null}
    </>
  );
}
