import type { AuditEvent, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { sentEvent } from '../client/keepSentEvents.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { UNSHOWABLE_VALUE } from '../client/unshowableValue.ts';
import { listEventPages, listPageSize, type ListEventPagesOptions } from './listEventPages.ts';
import { overlappingPageCount } from './overlappingPages.ts';
import { parseExportTime } from './parseExportTime.ts';
import { utf8Encoder } from './utf8Encoder.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/** The fraction's digits past the milliseconds in a timestamp `parseExportTime` reads. */
const finerDigits = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}[.,]\d{3}(\d+)/;

/** Events per list request while exporting JSON Lines: the API's maximum. */
export const jsonLinesPageSize = listPageSize;

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
  timeZone?: string | undefined;
  /** Fields holding timestamps. @default ['createdAt'] */
  timeFields?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
  /** Every page from the legacy `GET /audits` list (`listLegacy`), not `list`'s choice. @default false */
  legacy?: boolean | undefined;
  /** Pages requested ahead of the one being written. @default 4 */
  lookahead?: number | undefined;
  /** What a page's answer shows the API did not apply (see `listEventPages`). */
  onUnapplied?: ListEventPagesOptions['onUnapplied'];
}

/**
 * JSON Lines of every matching event, built from the list API page by page with the same filters and pinned
 * snapshot as a CSV export: one event per line as the API sent it, every field with its type, times as ISO 8601 with
 * the offset of `timeZone`. Paged, retried and joined by `listEventPages`. Stops at `total` or at the first short
 * page (the caller then reports the events still missing); with no `total`, at the first short page.
 */
export function jsonLinesSource(options: JsonLinesSourceOptions): ReadableStream<Uint8Array> {
  const { client, params, total, signal, legacy = false, lookahead = 4 } = options;
  const zone = createZonedTimeFormatter(options.timeZone ?? 'UTC');
  const timeFields = options.timeFields ?? ['createdAt'];
  const encode = utf8Encoder();
  // Each event as the API sent it (`sentEvent`), not as parsed for the table: a number stays a number, a nested
  // value an object, a null a null, and no id is numbered or invented. Only the times are rewritten, read from
  // the parsed event, which holds a time sent as milliseconds as its instant.
  const line = (event: AuditEvent) => {
    const copy: Record<string, unknown> = { ...sentEvent(event) };
    for (const field of timeFields) {
      // A number is epoch milliseconds, as the table reads one in a time column (and text of digits is text there).
      const value = event[field];
      const ms =
        typeof value === 'number'
          ? (auditTimeMs(value) ?? Number.NaN)
          : typeof value === 'string'
            ? parseExportTime(value)
            : Number.NaN;
      if (Number.isNaN(ms)) continue;
      // An instant holds milliseconds; digits the API sent past them (a service that records microseconds) are
      // carried over as they were, so the file never states a coarser time than the one recorded. No zone's change
      // reaches them: the offset written is whole minutes.
      const finer = finerDigits.exec(String(value))?.[1];
      copy[field] = finer ? zone.iso(ms).replace(/\.\d{3}/, `$&${finer}`) : zone.iso(ms);
    }
    return `${jsonLine(copy)}\n`;
  };
  return listEventPages({
    client,
    params,
    pages: total === undefined ? Infinity : overlappingPageCount(total, jsonLinesPageSize),
    signal,
    legacy,
    lookahead,
    onUnapplied: options.onUnapplied,
    write: (events, _page, controller) => {
      if (events.length > 0) controller.enqueue(encode(events.map(line).join('')));
    },
  });
}

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
