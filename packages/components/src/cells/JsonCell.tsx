import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { valueToText } from '../ui/valueToText.ts';

/** Props of {@link JsonCell}. */
export interface JsonCellProps {
  value: unknown;
}

function pretty(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return valueToText(value);
  }
}

/**
 * A JSON payload collapsed to one line, expandable in place to indented text. Always text, never markup.
 *
 * @example
 * <JsonCell value={{ before: { role: 'viewer' }, after: { role: 'admin' } }} />
 */
export function JsonCell({ value }: JsonCellProps) {
  const { messages } = useAuditUi();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : pretty(value);
  return (
    <span data-slot="audit-json" data-state={open ? 'open' : 'closed'}>
      <button
        type="button"
        data-slot="audit-disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} />
        <span>{open ? messages.hideJson : messages.showJson}</span>
      </button>
      {open ? null : <span data-slot="audit-json-preview">{valueToText(value)}</span>}
      <pre id={id} hidden={!open} data-slot="audit-json-text">
        {open ? text : null}
      </pre>
    </span>
  );
}
