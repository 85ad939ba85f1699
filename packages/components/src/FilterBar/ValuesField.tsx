import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link ValuesField}. */
export interface ValuesFieldProps {
  label: string;
  value: readonly string[];
  /** Returns why the change was refused, in words to show at the field (`undefined` when it was made). */
  onChange: (value: readonly string[]) => string | undefined;
  /** Input type hint. @default 'text' */
  type?: 'text' | 'email';
}

/**
 * Exact-match values of one column: type one, press Enter (or Add); each becomes a removable chip. A value the
 * change refuses (over what a link carries) stays typed, and why is said at the field (an alert).
 */
export function ValuesField({ label, value, onChange, type = 'text' }: ValuesFieldProps) {
  const { messages } = useAuditUi();
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  // Why the last value was refused; `count` gives the alert a new element each time, so a refusal repeated in the
  // same words is said again.
  const [refused, setRefused] = useState({ reason: '', count: 0 });
  const add = () => {
    const next = text.trim();
    if (!next) return;
    const reason = value.includes(next) ? undefined : onChange([...value, next]);
    if (reason) {
      setRefused({ reason, count: refused.count + 1 });
      return;
    }
    setRefused({ reason: '', count: refused.count });
    setText('');
  };
  // The reason after the field's row, not in it: on a line of its own in the popover's column.
  return (
    <>
      <div data-slot="audit-values-field" className="auditkit-values-field">
        <label htmlFor={id}>
          {label}
          <input
            id={id}
            type={type === 'email' ? 'text' : 'text'}
            inputMode={type === 'email' ? 'email' : undefined}
            value={text}
            placeholder={messages.valuePlaceholder}
            aria-invalid={refused.reason ? true : undefined}
            aria-describedby={refused.reason ? errorId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              if (refused.reason) setRefused({ reason: '', count: refused.count });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add} aria-label={messages.addValue(label)}>
          +
        </button>
      </div>
      {refused.reason ? (
        <span
          key={refused.count}
          id={errorId}
          data-slot="audit-field-error"
          className="auditkit-field-error"
          role="alert"
        >
          {refused.reason}
        </span>
      ) : null}
    </>
  );
}
