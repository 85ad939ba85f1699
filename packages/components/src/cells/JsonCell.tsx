import { revealHiddenText, valueToText } from '@auditkit/headless';
import { useContext } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { prettyJson } from '../ui/prettyJson.ts';
import { shownText } from '../ui/shownText.ts';
import { DisclosureScope, DisclosureScopeContext } from './DisclosureScope.tsx';

/** Props of {@link JsonCell}. */
export interface JsonCellProps {
  value: unknown;
  /** Identifies this cell within its {@link DisclosureScope} (the table passes row and column). @default 'json' */
  cellKey?: string | undefined;
}

/**
 * A JSON payload collapsed to one line, expandable in place to indented text. Always text, never markup.
 *
 * @example
 * ```tsx
 * <JsonCell value={{ before: { role: 'viewer' }, after: { role: 'admin' } }} />
 * ```
 */
export function JsonCell({ value, cellKey = 'json' }: JsonCellProps) {
  const { messages } = useAuditUi();
  const scope = useContext(DisclosureScopeContext);
  if (value === null || value === undefined) return null;
  if (!scope)
    return (
      <DisclosureScope>
        <JsonCell value={value} cellKey={cellKey} />
      </DisclosureScope>
    );
  const open = scope.isOpen(cellKey);
  const id = scope.idFor(cellKey, 'json');
  const text = shownText(typeof value === 'string' ? revealHiddenText(value) : prettyJson(value), messages);
  return (
    <span data-slot="audit-json" className="auditkit-json" data-state={open ? 'open' : 'closed'}>
      <button
        type="button"
        data-slot="audit-disclosure"
        className="auditkit-disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => scope.toggle(cellKey)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} />
        <span>{open ? messages.hideJson : messages.showJson}</span>
      </button>
      {open ? null : (
        <span data-slot="audit-json-preview" className="auditkit-json-preview">
          {shownText(valueToText(value), messages)}
        </span>
      )}
      <pre id={id} hidden={!open} data-slot="audit-json-text" className="auditkit-json-text">
        {open ? text : null}
      </pre>
    </span>
  );
}
