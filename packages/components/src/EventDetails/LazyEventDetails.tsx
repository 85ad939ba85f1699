import { Suspense, useCallback, useRef } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { activeElementOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import { onDemand } from '../ui/onDemand.ts';
import type { EventDetailsProps } from './EventDetails.tsx';
import type { JsonTreeProps } from './JsonTree.tsx';
import { PanelRefContext } from './PanelRefContext.ts';

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
 * so nothing jumps when the fields arrive. Where that region has focus as the panel replaces it (Retry gives it
 * focus), the panel takes focus, which else fell to the page's body.
 */
export function LazyEventDetails(props: EventDetailsProps) {
  const { messages } = useAuditUi();
  const { event: _event, columns: _columns, className, children: _children, ...rest } = props;
  const loading = useRef<HTMLDivElement | null>(null);
  const handOver = useRef(false);
  // Called with null as React takes the region out: before its removal, while it can still have focus.
  const holdLoading = useCallback((region: HTMLDivElement | null) => {
    const leaving = loading.current;
    loading.current = region;
    if (region || !leaving) return;
    const focused = activeElementOf(leaving);
    handOver.current = focused !== null && leaving.contains(focused);
  }, []);
  // Attached after every removal of the commit: focus is lost unless something else took it meanwhile.
  const takeFocus = useCallback((panel: HTMLDivElement | null) => {
    if (!panel || !handOver.current) return;
    handOver.current = false;
    if (focusLost(panel)) panel.focus();
  }, []);
  return (
    <Suspense
      fallback={
        <div
          {...rest}
          ref={holdLoading}
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
      <PanelRefContext.Provider value={takeFocus}>
        <EventDetailsLater {...props} />
      </PanelRefContext.Provider>
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
