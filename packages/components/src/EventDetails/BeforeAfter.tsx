import { useAuditUi } from '../context/useAuditUi.ts';
import { Heading } from '../ui/Heading.tsx';
import { JsonTree } from './JsonTree.tsx';
import { sameJson } from './sameJson.ts';

/** Props of {@link BeforeAfter}. */
export interface BeforeAfterProps {
  before: unknown;
  after: unknown;
}

/**
 * The before and after values of a change, side by side, with changed keys marked: at every level, each tree
 * compared with the other as it is drawn (a change inside `user` marks `email`, and `user` on the way to it).
 */
export function BeforeAfter({ before, after }: BeforeAfterProps) {
  const { messages } = useAuditUi();
  // A plain value on either side (a role from "viewer" to "admin") has no keys to mark: the value itself is.
  const changedValue = !sameJson(before, after);
  return (
    <div data-slot="audit-diff" className="auditkit-diff">
      <section aria-label={messages.before}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.before}
        </Heading>
        <JsonTree value={before} counterpart={{ value: after }} changedValue={changedValue} />
      </section>
      <section aria-label={messages.after}>
        <Heading depth={2} data-slot="audit-details-heading" className="auditkit-details-heading">
          {messages.after}
        </Heading>
        <JsonTree value={after} counterpart={{ value: before }} changedValue={changedValue} />
      </section>
    </div>
  );
}
