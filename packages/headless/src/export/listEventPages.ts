import type { AuditEvent, AuditListParams, AuditListResponse } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import { requestList } from '../client/requestList.ts';
import { eventsMoved } from './exportChanged.ts';
import { orderedPages } from './orderedPages.ts';
import { overlappingPageOffset, pageJoin } from './overlappingPages.ts';
import { retryExportRequest } from './retryExportRequest.ts';

/** Events per list request while exporting from the list: the API's maximum. */
export const listPageSize = 200;

/** Options of `listEventPages`. */
export interface ListEventPagesOptions {
  client: AuditClient;
  /** The list parameters of the export (filters, sort, pinned `createdTo`); paging is set here. */
  params: Omit<AuditListParams, 'count' | 'offset'>;
  /** How many overlapping pages to ask for at most (`Infinity`: until a short page). */
  pages: number;
  signal?: AbortSignal | undefined;
  /** Every page from the legacy `GET /audits` list (`listLegacy`), not `list`'s choice. @default false */
  legacy?: boolean | undefined;
  /** Pages requested ahead of the one being written. @default 4 */
  lookahead?: number | undefined;
  /**
   * Writes a page's events not written before (the one it shares with the page before left out), in order;
   * `page` is the page's index, so the first page's write can put a header before its events.
   */
  write: (
    events: AuditEvent[],
    page: number,
    controller: ReadableStreamDefaultController<Uint8Array>,
  ) => void;
  /**
   * A page's answer shows the API did not apply part of what was sent (`AuditListResponse.unapplied`: a legacy
   * list that ignored the range's end), with that page's events: called as the page is written, before `write`.
   */
  onUnapplied?: ((unapplied: readonly UnappliedFilter[], events: readonly AuditEvent[]) => void) | undefined;
}

/**
 * Every matching event from the list API, page by page with the export's filters and pinned snapshot, each event
 * handed to `write` once and strictly in order: what JSON Lines and the CSV of more columns than the export
 * endpoints take are both made of. Several pages are in flight while one is written. A page that fails for a
 * passing reason (429, 5xx, the network) is asked for again (`retryExportRequest`). Stops after `pages` or at the
 * first short page (the caller then reports the events still missing). Pages overlap by one event
 * (overlappingPages.ts): a page that does not hold exactly one event of the page before means events came, went or
 * moved at its edge, an error.
 */
export function listEventPages(options: ListEventPagesOptions): ReadableStream<Uint8Array> {
  const { client, params, pages, signal, legacy = false, lookahead = 4, write, onUnapplied } = options;
  let written = 0;
  const join = pageJoin();
  // The last event written: when keys repeat within a page, the next page's first.
  let lastKey: string | undefined;
  return orderedPages<AuditListResponse>({
    pages,
    lookahead,
    signal,
    request: (page, ahead) =>
      retryExportRequest(
        () =>
          requestList(
            client,
            { ...params, count: listPageSize, offset: overlappingPageOffset(page, listPageSize) },
            ahead,
            legacy,
          ),
        ahead,
      ),
    write: ({ data: events, unapplied }, page, controller) => {
      if (unapplied?.length) onUnapplied?.(unapplied, events);
      const keys = events.map(eventKey);
      const shared = join.next(page, keys, events.length, () => keys[0] === lastKey);
      if (shared === -1) throw eventsMoved(written);
      const fresh = shared === undefined ? events : events.filter((_, index) => index !== shared);
      if (keys.length > 0) lastKey = keys[keys.length - 1];
      written += fresh.length;
      write(fresh, page, controller);
      return events.length < listPageSize;
    },
  });
}

/**
 * What tells an event from the next: its id, which for an event without one is derived from its content when
 * parsed (`content-…`, see parseResponses), numbered `~1`, `~2`… for repeats within one page, so the number goes.
 */
const eventKey = (event: AuditEvent): string => event.frontegg_id.replace(/~\d+$/, '');
