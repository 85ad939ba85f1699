import type { AuditEvent } from '../client/auditTypes.ts';

/**
 * The events of an infinite list's pages, each once. Pages are asked for by offset, so events that arrive between
 * two page loads push the ones already shown down into the next page, which then repeats them: as rows they would
 * share a key (React then drops or doubles rows, and one row's expansion opens its twin). A repeat is the same
 * event (ids are the server's, or derived from the whole content), so the later copy is left out; repeats within
 * one page are numbered apart when the page is read (`parseListResponse`), and the next offset still counts every
 * event received.
 */
export function uniqueEvents(pages: readonly { readonly data: readonly AuditEvent[] }[]): AuditEvent[] {
  if (pages.length < 2) return pages.flatMap((page) => page.data);
  const seen = new Set<string>();
  const events: AuditEvent[] = [];
  for (const page of pages)
    for (const event of page.data) {
      if (seen.has(event.frontegg_id)) continue;
      seen.add(event.frontegg_id);
      events.push(event);
    }
  return events;
}
