import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link ValuesField}. */
export interface ValuesFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  /** Input type hint. @default 'text' */
  type?: 'text' | 'email';
}

/** Exact-match values of one column: type one, press Enter (or Add); each becomes a removable chip. */
export function ValuesField({ label, value, onChange, type = 'text' }: ValuesFieldProps) {
  const { messages } = useAuditUi();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const next = text.trim();
    if (!next) return;
    if (!value.includes(next)) onChange([...value, next]);
    setText('');
  };
  return (
    <div data-slot="audit-values-field" className="auditkit-values-field">
      <label htmlFor={id}>
        {label}
        <input
          id={id}
          type={type === 'email' ? 'text' : 'text'}
          inputMode={type === 'email' ? 'email' : undefined}
          value={text}
          placeholder={messages.valuePlaceholder}
          onChange={(event) => setText(event.target.value)}
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
  );
}
