import { useAuditUi } from '../context/useAuditUi.ts';
import { VisuallyHidden } from '../ui/VisuallyHidden.tsx';
import { isBranch, JsonTreeNode } from './JsonTreeNode.tsx';
import { valueToText } from '../ui/valueToText.ts';

/** Props of {@link JsonTree}. */
export interface JsonTreeProps {
  value: unknown;
  /** Keys whose values differ from the other side of a before/after pair; marked for the reader. */
  changed?: ReadonlySet<string>;
  /** The value differs from the other side of a before/after pair: marked when it is a plain value (no keys). */
  changedValue?: boolean;
  /** Levels open at first. @default 2 */
  openDepth?: number;
}

/**
 * A JSON payload as a collapsible tree of text (never markup). Branches toggle with buttons that report
 * `aria-expanded`.
 *
 * @example
 * ```tsx
 * <JsonTree value={event.json} />
 * ```
 */
export function JsonTree({ value, changed, changedValue = false, openDepth = 2 }: JsonTreeProps) {
  const { messages } = useAuditUi();
  if (!isBranch(value))
    return changedValue ? (
      <span>
        <span data-slot="audit-json-value" className="auditkit-json-value" data-changed="">
          {valueToText(value)}
        </span>{' '}
        <VisuallyHidden>{messages.jsonChanged}</VisuallyHidden>
      </span>
    ) : (
      <span data-slot="audit-json-value" className="auditkit-json-value">
        {valueToText(value)}
      </span>
    );
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return (
    <ul data-slot="audit-json-tree" className="auditkit-json-tree" data-root="">
      {entries.map(([key, item]) => (
        <JsonTreeNode
          key={key}
          name={key}
          value={item}
          depth={1}
          openDepth={openDepth}
          changed={changed?.has(key) ?? false}
        />
      ))}
    </ul>
  );
}
