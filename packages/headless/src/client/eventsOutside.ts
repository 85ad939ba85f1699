import { auditTimeMs } from './parseAuditTime.ts';

/**
 * Whether any event's time falls outside `[from, to]` (milliseconds; a missing bound is open): an answer that did
 * not apply a range sent with it. An event whose time cannot be read is not judged, so a service's odd value never
 * reads as a range ignored.
 */
export function eventsOutside(
  events: readonly { readonly createdAt?: unknown }[],
  from = -Infinity,
  to = Infinity,
): boolean {
  return events.some((event) => {
    const ms = auditTimeMs(event.createdAt) ?? Number.NaN;
    return ms < from || ms > to;
  });
}
