import { lazy, Suspense, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import type { EventDetailsProps } from './EventDetails.tsx';
import type { JsonTreeProps } from './JsonTree.tsx';

/**
 * Fetches the details panel and the JSON tree. Nobody needs them for the first paint, so they are a chunk of their
 * own; calling this again returns the same promise (the module cache), so it doubles as a preload.
 */
export const loadEventDetails = () =>
  import('./detailsModule.ts').then((module) => {
    loaded = module;
    return module;
  });

/** The module once it has arrived: rendered directly then, so a preloaded panel never shows its loading state. */
let loaded: Awaited<ReturnType<typeof loadEventDetails>> | undefined;

const EventDetailsLater = lazy(() => loadEventDetails().then((module) => ({ default: module.EventDetails })));
const JsonTreeLater = lazy(() => loadEventDetails().then((module) => ({ default: module.JsonTree })));

/**
 * `<EventDetails>` as the package exports it: the panel, fetched the first time one opens (rows preload it when
 * the pointer or focus reaches their expand button, and the table when the browser is idle). Until it is there,
 * the same region, with its label and role, is busy and says so; it keeps the panel's least height (styles.css)
 * so nothing jumps when the fields arrive.
 */
export function LazyEventDetails(props: EventDetailsProps) {
  const { messages } = useAuditUi();
  // Decided once per panel: switching paths later would remount it and lose which JSON branches are open.
  const [ready] = useState(() => loaded);
  if (ready) return <ready.EventDetails {...props} />;
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
  const [ready] = useState(() => loaded);
  if (ready) return <ready.JsonTree {...props} />;
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
