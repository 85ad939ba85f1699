import { ownValue } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Heading } from '../ui/Heading.tsx';
import { JsonTree } from './JsonTree.tsx';

/** Props of {@link BeforeAfter}. */
export interface BeforeAfterProps {
  before: unknown;
  after: unknown;
}

/** Levels compared before two values are taken as different: deeper payloads are marked changed, never a crash. */
const deepest = 500;

/**
 * Whether two JSON values are the same: objects key by key in any order (a service that writes `{zip, city}`
 * after `{city, zip}` changed nothing), arrays item by item. Compared by hand rather than as JSON text, which
 * depends on key order; past `deepest` levels a value counts as changed.
 */
function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > deepest || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index], depth + 1));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every(
    (key) => Object.hasOwn(right, key) && sameJson(ownValue(left, key), ownValue(right, key), depth + 1),
  );
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
  // A plain value on either side (a role from "viewer" to "admin") has no keys to mark: the value itself is.
  const changedValue = !sameJson(before, after);
  return (
    <div data-slot="audit-diff" className="auditkit-diff">
      <section aria-label={messages.before}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.before}
        </Heading>
        <JsonTree value={before} changed={changed} changedValue={changedValue} />
      </section>
      <section aria-label={messages.after}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.after}
        </Heading>
        <JsonTree value={after} changed={changed} changedValue={changedValue} />
      </section>
    </div>
  );
}
