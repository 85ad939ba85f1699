import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { RefusalAlert } from './RefusalAlert.tsx';
import { useRefusal } from './useRefusal.ts';

/** Props of {@link ValuesField}. */
export interface ValuesFieldProps {
  label: string;
  value: readonly string[];
  /** Returns why the change was refused, in words to show at the field (`undefined` when it was made). */
  onChange: (value: readonly string[]) => string | undefined;
  /** Input type hint. @default 'text' */
  type?: 'text' | 'email' | undefined;
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
  // Why the last value was refused.
  const [refusal, report] = useRefusal();
  const add = () => {
    const next = text.trim();
    if (!next) return;
    const reason = value.includes(next) ? undefined : onChange([...value, next]);
    report(reason);
    if (!reason) setText('');
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
            // An exact value, as the data has it: no capitalised first letter, curled quotes (Smart Punctuation,
            // which only `spellcheck="false"` turns off in WebKit) or corrections, and no values of other forms.
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete="off"
            spellCheck={false}
            placeholder={messages.valuePlaceholder}
            aria-invalid={refusal.reason ? true : undefined}
            aria-describedby={refusal.reason ? errorId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              if (refusal.reason) report(undefined);
            }}
            onKeyDown={(event) => {
              // Enter that confirms an input method's word (Japanese, Chinese, Korean) is the method's, not an add:
              // the chip would hold the half-typed text (keyCode 229: Safari's end of a composition).
              if (event.nativeEvent.isComposing || event.keyCode === 229) return;
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
      <RefusalAlert refusal={refusal} id={errorId} />
    </>
  );
}
