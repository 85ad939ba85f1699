import { ownValue } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Heading } from '../ui/Heading.tsx';
import { JsonTree } from './JsonTree.tsx';

/** Props of {@link BeforeAfter}. */
export interface BeforeAfterProps {
  before: unknown;
  after: unknown;
}

/**
 * Whether two values write the same JSON. A value too deep for the engine to write (`JSON.stringify` runs out of
 * stack at a few thousand levels in some engines) is compared by identity: marked changed rather than crashing
 * the details panel.
 */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return a === b;
  }
}

function changedKeys(before: unknown, after: unknown): Set<string> {
  const a = (typeof before === 'object' && before) || {};
  const b = (typeof after === 'object' && after) || {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changed = new Set<string>();
  for (const key of keys) {
    if (!sameJson(ownValue(a as Record<string, unknown>, key), ownValue(b as Record<string, unknown>, key)))
      changed.add(key);
  }
  return changed;
}

/** The before and after values of a change, side by side, with changed keys marked. */
export function BeforeAfter({ before, after }: BeforeAfterProps) {
  const { messages } = useAuditUi();
  const changed = changedKeys(before, after);
  return (
    <div data-slot="audit-diff" className="auditkit-diff">
      <section aria-label={messages.before}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.before}
        </Heading>
        <JsonTree value={before} changed={changed} />
      </section>
      <section aria-label={messages.after}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.after}
        </Heading>
        <JsonTree value={after} changed={changed} />
      </section>
    </div>
  );
}
