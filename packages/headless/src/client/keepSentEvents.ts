import type { AuditEvent, AuditListResponse } from './auditTypes.ts';

// The event as the API sent it, for each parsed event that differs from it (an id given or numbered, a time or a
// text field rewritten, a null left out): the JSON Lines export writes what was sent. Weak, so it lives exactly as
// long as the parsed event; only the events that differ, so a list's usual events cost nothing more. Kept by the
// full client only (createAuditClient, which the export needs): a page that only lists events carries none of it.
const sentEvents = /* @__PURE__ */ new WeakMap<AuditEvent, Readonly<Record<string, unknown>>>();

const differs = (event: AuditEvent, sent: Record<string, unknown>) =>
  event.frontegg_id !== sent.frontegg_id || Object.keys(sent).some((field) => event[field] !== sent[field]);

/**
 * Notes, for each event of a parsed list page that differs from what the API sent, the event as sent
 * (`body.data[i]`, which `parseListResponse` has checked is a record for every parsed event).
 */
export function keepSentEvents(page: AuditListResponse, body: unknown): AuditListResponse {
  const sent = (body as { data: Record<string, unknown>[] }).data;
  page.data.forEach((event, index) => {
    const raw = sent[index];
    if (raw && differs(event, raw)) sentEvents.set(event, raw);
  });
  return page;
}

/**
 * An event of a list page as the API sent it, every field with its own type and value (`user: 42` a number, a
 * nested description an object, `email: null` kept, no id where none was sent); the event itself when parsing
 * changed nothing, or when it was not read by `createAuditClient` (a host's own client, or the list-only one).
 */
export const sentEvent = (event: AuditEvent): Readonly<Record<string, unknown>> =>
  sentEvents.get(event) ?? event;
