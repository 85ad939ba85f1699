import type { AuditEvent, AuditExportProperty, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { sentEvent } from '../client/keepSentEvents.ts';
import { UNSHOWABLE_VALUE } from '../client/unshowableValue.ts';
import { csvField } from './csvSyntax.ts';
import { listEventPages, listPageSize, type ListEventPagesOptions } from './listEventPages.ts';
import { overlappingPageCount } from './overlappingPages.ts';
import { parseExportTime } from './parseExportTime.ts';
import { utf8Encoder } from './utf8Encoder.ts';

// Why this exists: the export endpoints take at most 100 properties (the contract's "Export: body and response";
// a request naming more is a 400), and a vendor may have more columns than that, or metadata without
// `showInTable` that makes every column visible. Asking the server for fewer would drop columns silently, and
// several requests of 100 columns each could not be joined row by row without an id in each. So a CSV of more
// columns is written here, from the list API's pages (which return every field of each event), in the form the
// server's CSV has: the engine then runs it through the same transforms (csvFileTransforms), so the file cannot
// be told from a narrower export's.

/** Options of `listCsvSource`. */
export interface ListCsvSourceOptions {
  client: AuditClient;
  /** The list parameters of the export (filters, sort, pinned `createdTo`); paging is set here. */
  params: Omit<AuditListParams, 'count' | 'offset'>;
  /** The columns, in the file's order: each `displayName` heads its column. */
  columns: readonly AuditExportProperty[];
  /** Fields holding timestamps: written as ISO 8601 UTC, as the server writes them. @default ['createdAt'] */
  timeFields?: readonly string[] | undefined;
  /** Events expected (the list's `total` for the same parameters); undefined when the server gives none. */
  total: number | undefined;
  signal?: AbortSignal | undefined;
  /** Every page from the legacy `GET /audits` list (`listLegacy`), not `list`'s choice. @default false */
  legacy?: boolean | undefined;
  /** Pages requested ahead of the one being written. @default 4 */
  lookahead?: number | undefined;
  /** What a page's answer shows the API did not apply (see `listEventPages`). */
  onUnapplied?: ListEventPagesOptions['onUnapplied'];
}

/**
 * The CSV the export endpoints would send for `columns`, built from the list API page by page
 * (`listEventPages`: same filters and pinned snapshot, retried, pages joined by event id): the `displayName`s as
 * the header row, then one row per event in sort order, RFC 4180 as the contract says the server writes it (CRLF,
 * a field quoted when it holds a comma, quote, CR or LF or starts or ends with a space, quotes doubled), times as
 * ISO 8601 UTC, objects and arrays as compact JSON, a missing or null value empty. Like the paged CSV it asks for
 * the pages that would hold one event more than `total`, so rows past the count show, and at least one, so an
 * empty export still has its header row. Memory holds a few pages, whatever the export's length.
 */
export function listCsvSource(options: ListCsvSourceOptions): ReadableStream<Uint8Array> {
  const { client, params, columns, total, signal, legacy = false, lookahead = 4 } = options;
  const times = new Set(options.timeFields ?? ['createdAt']);
  const encode = utf8Encoder();
  const header = csvRecord(columns.map((column) => column.displayName));
  // Values as the API sent them (`sentEvent`: a number as the number's text, a null empty), as the server writes
  // what it stores; times from the parsed event, which holds a time sent as milliseconds as its instant. Own
  // fields only, so a column named `__proto__` or `constructor` is the event's field or empty, never the
  // prototype's (read here, not with util's `ownValue`: the package root exports that, and a module both it and
  // this on-demand engine import goes into a chunk every page loads, see ExportRules in exportAuditEvents.ts).
  const row = (event: AuditEvent) => {
    const sent = sentEvent(event);
    return csvRecord(
      columns.map(({ name }) => {
        if (times.has(name)) {
          const time = utcTime(Object.hasOwn(event, name) ? event[name] : undefined);
          if (time !== undefined) return time;
        }
        return cellText(Object.hasOwn(sent, name) ? sent[name] : undefined);
      }),
    );
  };
  return listEventPages({
    client,
    params,
    pages: total === undefined ? Infinity : overlappingPageCount(total + 1, listPageSize),
    signal,
    legacy,
    lookahead,
    onUnapplied: options.onUnapplied,
    write: (events, page, controller) => {
      const text = (page === 0 ? header : '') + events.map(row).join('');
      if (text !== '') controller.enqueue(encode(text));
    },
  });
}

/** One record with its CRLF. One empty field is written `""`, as the server does: bare, it is a blank line. */
function csvRecord(fields: readonly string[]): string {
  if (fields.length === 1 && fields[0] === '') return '""\r\n';
  return `${fields.map((field) => csvField(field)).join(',')}\r\n`;
}

/** A cell's text as the server writes a value: text as is, objects and arrays as compact JSON, nothing empty. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    // Nested too deeply for the engine to write: the list's placeholder, so one odd event does not end the export.
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return UNSHOWABLE_VALUE;
    }
  }
  return String(value);
}

const zoneless = /^\d{4}-\d{2}-\d{2}[Tt ][\d:.]+$/;

/**
 * A timestamp as ISO 8601 UTC, or undefined when `value` is none (it is then written as it is). A time already in
 * UTC keeps its own digits (Frontegg's zone-less `2021-04-07 10:50:40.201` becomes `2021-04-07T10:50:40.201Z`, as
 * the server writes it); one with an offset is moved to UTC.
 */
function utcTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = parseExportTime(value);
  if (Number.isNaN(ms)) return undefined;
  if (zoneless.test(value)) return `${value.slice(0, 10)}T${value.slice(11)}Z`;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return value;
  return new Date(ms).toISOString();
}
