import type { AuditEvent, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { sentEvent } from '../client/keepSentEvents.ts';
import { requestList } from '../client/requestList.ts';
import { UNSHOWABLE_VALUE } from '../client/unshowableValue.ts';
import { eventsMoved } from './exportChanged.ts';
import { orderedPages } from './orderedPages.ts';
import { overlappingPageCount, overlappingPageOffset, pageJoin } from './overlappingPages.ts';
import { parseExportTime } from './parseExportTime.ts';
import { retryExportRequest } from './retryExportRequest.ts';
import { utf8Encoder } from './utf8Encoder.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/** Events per list request while exporting JSON Lines: the API's maximum. */
export const jsonLinesPageSize = 200;

/** Options of `jsonLinesSource`. */
export interface JsonLinesSourceOptions {
  client: AuditClient;
  /** The list parameters of the export (filters, sort, pinned `createdTo`); paging is set here. */
  params: Omit<AuditListParams, 'count' | 'offset'>;
  /** Events expected (the list's `total` for the same parameters); undefined when the server gives none. */
  total: number | undefined;
  /**
   * Zone `createdAt` (and `timeFields`) are written in, as ISO 8601 with the offset (`'local'`: the runtime's).
   * @default 'UTC'
   */
  timeZone?: string;
  /** Fields holding timestamps. @default ['createdAt'] */
  timeFields?: readonly string[];
  signal?: AbortSignal;
  /** Every page from the legacy `GET /audits` list (`listLegacy`), not `list`'s choice. @default false */
  legacy?: boolean;
  /** Pages requested ahead of the one being written. @default 4 */
  lookahead?: number;
}

/**
 * JSON Lines of every matching event, built from the list API page by page with the same filters and pinned
 * snapshot as a CSV export: one event per line as the API sent it, every field with its type, times as ISO 8601 with
 * the offset of `timeZone`. Several pages are in flight while lines are written strictly in order. A page that
 * fails for a passing reason (429, 5xx, the network) is asked for again (`retryExportRequest`). Stops at `total` or
 * at the first short page (the caller then reports the events still missing); with no `total`, at the first short
 * page. Pages overlap by one event (overlappingPages.ts): a page that does not hold exactly one event of the page
 * before means events came, went or moved at its edge, an error.
 */
export function jsonLinesSource(options: JsonLinesSourceOptions): ReadableStream<Uint8Array> {
  const { client, params, total, signal, legacy = false, lookahead = 4 } = options;
  const zone = createZonedTimeFormatter(options.timeZone ?? 'UTC');
  const timeFields = options.timeFields ?? ['createdAt'];
  const encode = utf8Encoder();
  let linesWritten = 0;
  const join = pageJoin();
  // The last event written: when keys repeat within a page, the next page's first.
  let lastKey: string | undefined;
  // Each event as the API sent it (`sentEvent`), not as parsed for the table: a number stays a number, a nested
  // value an object, a null a null, and no id is numbered or invented. Only the times are rewritten, read from
  // the parsed event, which holds a time sent as milliseconds as its instant.
  const line = (event: AuditEvent) => {
    const copy: Record<string, unknown> = { ...sentEvent(event) };
    for (const field of timeFields) {
      const value = event[field];
      if (typeof value !== 'string') continue;
      const ms = parseExportTime(value);
      if (!Number.isNaN(ms)) copy[field] = zone.iso(ms);
    }
    return `${jsonLine(copy)}\n`;
  };
  return orderedPages({
    pages: total === undefined ? Infinity : overlappingPageCount(total, jsonLinesPageSize),
    lookahead,
    signal,
    request: (page, ahead) =>
      retryExportRequest(
        () =>
          requestList(
            client,
            { ...params, count: jsonLinesPageSize, offset: overlappingPageOffset(page, jsonLinesPageSize) },
            ahead,
            legacy,
          ),
        ahead,
      ).then((response) => response.data),
    write: (events: AuditEvent[], page, controller) => {
      const keys = events.map(eventKey);
      const shared = join.next(page, keys, events.length, () => keys[0] === lastKey);
      if (shared === -1) throw eventsMoved(linesWritten);
      const fresh = shared === undefined ? events : events.filter((_, index) => index !== shared);
      if (keys.length > 0) lastKey = keys[keys.length - 1];
      linesWritten += fresh.length;
      if (fresh.length > 0) controller.enqueue(encode(fresh.map(line).join('')));
      return events.length < jsonLinesPageSize;
    },
  });
}

/**
 * What tells an event from the next: its id, which for an event without one is derived from its content when
 * parsed (`content-…`, see parseResponses), numbered `~1`, `~2`… for repeats within one page, so the number goes.
 */
const eventKey = (event: AuditEvent): string => event.frontegg_id.replace(/~\d+$/, '');

/**
 * One event as JSON. A field nested too deeply for the engine to write (`JSON.stringify` runs out of stack at a
 * few thousand levels in Node) is written as the list's placeholder for it, so one odd event does not end the
 * whole export; every other field keeps its value and type.
 */
function jsonLine(event: Record<string, unknown>): string {
  try {
    return JSON.stringify(event);
  } catch {
    // fromEntries, not assignment: a field named `__proto__` stays a field.
    const writable = (value: unknown) => {
      try {
        JSON.stringify(value);
        return value;
      } catch {
        return UNSHOWABLE_VALUE;
      }
    };
    return JSON.stringify(
      Object.fromEntries(Object.entries(event).map(([field, value]) => [field, writable(value)])),
    );
  }
}
