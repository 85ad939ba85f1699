import { valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { VisuallyHidden } from '../ui/VisuallyHidden.tsx';
import { JsonTreeEntries } from './JsonTreeEntries.tsx';
import { isBranch } from './JsonTreeNode.tsx';

/** Props of {@link JsonTree}. */
export interface JsonTreeProps {
  value: unknown;
  /** Keys whose values differ from the other side of a before/after pair; marked for the reader. */
  changed?: ReadonlySet<string> | undefined;
  /** The value differs from the other side of a before/after pair: marked when it is a plain value (no keys). */
  changedValue?: boolean | undefined;
  /** Levels open at first. @default 2 */
  openDepth?: number | undefined;
}

/** {@link JsonTree}'s props inside the package: the before/after view compares each tree with the other side. */
export interface JsonTreeDiffProps extends JsonTreeProps {
  /**
   * The other side of a before/after pair: every key, at any level, whose value differs from the one at the same
   * place there is marked. A side that is not an object or array holds none of this side's keys.
   */
  counterpart?: { value: unknown } | undefined;
}

/**
 * A JSON payload as a collapsible tree of text (never markup). Branches toggle with buttons that report
 * `aria-expanded`, and each open branch, the root too, shows its entries a slice at a time (`jsonTreeSliceSize`)
 * so a payload of any size opens at once.
 *
 * @example
 * ```tsx
 * <JsonTree value={event.json} />
 * ```
 */
export function JsonTree({
  value,
  changed,
  changedValue = false,
  openDepth = 2,
  counterpart,
}: JsonTreeDiffProps) {
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
  return (
    <ul data-slot="audit-json-tree" className="auditkit-json-tree" data-root="">
      <JsonTreeEntries
        value={value}
        depth={1}
        openDepth={openDepth}
        changed={changed}
        other={counterpart && (isBranch(counterpart.value) ? counterpart.value : {})}
      />
    </ul>
  );
}
