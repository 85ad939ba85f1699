import { Suspense } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { onDemand } from '../ui/onDemand.ts';
import type { EventDetailsProps } from './EventDetails.tsx';
import type { JsonTreeProps } from './JsonTree.tsx';

const details = onDemand(() => import('./detailsModule.ts'));

/**
 * Fetches the details panel and the JSON tree. Nobody needs them for the first paint, so they are a chunk of their
 * own; calling this again returns the same promise, so it doubles as a preload. A failed fetch rejects (a preload
 * ignores it: the panel's own load tries again and shows the error) and is tried again on the next call.
 */
export const loadEventDetails = details.preload;

// Rendered at once, with no loading state, once the chunk is there (see onDemand); after a failed fetch, a panel's
// Retry fetches it again.
const EventDetailsLater = details.part((module) => module.EventDetails);
const JsonTreeLater = details.part((module) => module.JsonTree);

/**
 * `<EventDetails>` as the package exports it: the panel, fetched the first time one opens (rows preload it when
 * the pointer or focus reaches their expand button, and the table when the browser is idle). Until it is there,
 * the same region, with its label and role, is busy and says so; it keeps the panel's least height (styles.css)
 * so nothing jumps when the fields arrive.
 */
export function LazyEventDetails(props: EventDetailsProps) {
  const { messages } = useAuditUi();
  const { event: _event, columns: _columns, className, children: _children, ...rest } = props;
  return (
    <Suspense
      fallback={
        <div
          {...rest}
          className={cx('auditkit-details', className)}
          data-slot="audit-details"
          data-loading=""
          aria-busy="true"
        >
          <span data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
            {messages.loading}
          </span>
        </div>
      }
    >
      <EventDetailsLater {...props} />
    </Suspense>
  );
}

/** `<JsonTree>` as the package exports it: fetched on first use, the value as plain text until then. */
export function LazyJsonTree(props: JsonTreeProps) {
  return (
    <Suspense
      fallback={
        <span data-slot="audit-json-value" className="auditkit-json-value">
          …
        </span>
      }
    >
      <JsonTreeLater {...props} />
    </Suspense>
  );
}
