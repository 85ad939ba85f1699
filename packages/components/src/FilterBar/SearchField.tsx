import { useEffect, useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { useDebouncedCallback } from './useDebouncedCallback.ts';

/** Props of {@link SearchField}. */
export interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** Pause after the last keystroke before searching. @default 400 */
  debounceMs?: number;
}

/** Free-text search that waits for a pause in typing; Enter searches at once. */
export function SearchField({ value, onChange, debounceMs = 400 }: SearchFieldProps) {
  const { messages } = useAuditUi();
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback(onChange, debounceMs);
  // Follow outside changes (clear all, back/forward) without fighting the user's typing.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => debounced.cancel, [debounced]);
  return (
    <label htmlFor={id} data-slot="audit-search">
      {messages.searchLabel}
      <span data-slot="audit-search-field">
        <Icon name="search" />
        <input
          id={id}
          type="search"
          value={text}
          placeholder={messages.searchPlaceholder}
          onChange={(event) => {
            setText(event.target.value);
            debounced.call(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              debounced.cancel();
              onChange(text);
            }
          }}
        />
      </span>
    </label>
  );
}
