import type { AuditExportProperty } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import type { CsvExportTarget } from './csvSink.ts';
import { assertExportFormat, type ExportFormat } from './exportFormat.ts';
import { exportAuditEvents } from './exportAuditEvents.ts';
import { exportRules } from './exportRules.ts';

/** Progress of an export. */
export interface CsvExportProgress {
  /** Data rows written so far (the header not counted). */
  rows: number;
  /** Bytes written so far. */
  bytes: number;
  /** Rows expected: the list endpoint's `total` for the same filters and snapshot. */
  total: number | undefined;
  /** The name the file is saved under. */
  fileName: string;
  /**
   * Parts of the query no export endpoint could apply together with the rest (the same the table reports):
   * the file holds the rows without them, and the UI should say so. Empty when the file is exactly the query.
   * A time bound that is not a date and time is here (`invalid-time`: no bound on that side, but the snapshot's
   * end), and so is the time range once a list answer the export read held events outside it (`ignored-by-api`:
   * a legacy list that ignores the range's end); the file keeps those events, as the table shows them. That last
   * one is known only as answers arrive, so a later progress report may name more than an earlier one.
   */
  unapplied: readonly UnappliedFilter[];
}

/** How an export finished: `cancelled` when the signal aborted it (no file is left looking complete). */
export interface CsvExportResult extends CsvExportProgress {
  status: 'done' | 'cancelled';
  /** The file, when the `blob` sink was used. */
  blob?: Blob | undefined;
}

/** Options of `downloadAuditCsv`. */
export interface DownloadAuditCsvOptions {
  client: AuditClient;
  /** The filters, search, time range and sort to export; paging is ignored (every matching event is exported). */
  query: AuditQuery;
  /** Columns in file order; the header row holds their `displayName`s. */
  columns: readonly AuditExportProperty[];
  /**
   * `'stream'`: the legacy one-stream export (what Frontegg's portal uses). `'paged'`: 200 events a request
   * (the v2 export, or the legacy export when a column filter is active), header written once. When the chosen
   * way cannot apply a filter the other can (a stream cannot take `users`), the other is used.
   * @default 'stream'
   */
  strategy?: 'stream' | 'paged' | undefined;
  /**
   * Only the legacy endpoints, for a deployment without the v2 ones (as `<AuditLog legacy>` reads the list):
   * pages and JSON Lines go through the legacy export (`POST /audits/export/csv/v2` with `count` and `offset`) and
   * the legacy list (`GET /audits`) too, and a `users` filter, which only v2 takes, is left out and reported in
   * `unapplied`. Without it a page goes to the v2 export unless a column filter is active. A list's own is in
   * `exportOptionsFromList(list)`.
   * @default false
   */
  legacy?: boolean | undefined;
  /**
   * What the file holds (see `ExportFormat`): CSV for spreadsheets (BOM, formulas neutralised, times in
   * `timeZone`), the same with `;`, the server's CSV untouched, or JSON Lines from the list API.
   * @default 'csv'
   */
  format?: ExportFormat | undefined;
  /**
   * IANA zone the time columns are written in (`'UTC'` keeps UTC; `'local'`, as `AuditView.timeZone` allows, is
   * the runtime's zone, which the file's name and time header then name); ignored by `'csv-plain'`. An unknown
   * zone is a `RangeError` before anything is requested.
   * @default 'UTC'
   */
  timeZone?: string | undefined;
  /**
   * Fields holding timestamps, written in `timeZone`. For JSON Lines, whose lines hold every field, give
   * `exportTimeColumns(allColumns)`: the default sees only the columns given.
   * @default `exportTimeColumns(columns)`: `createdAt` and every column of `columns` typed `Timestamp`
   */
  timeColumns?: readonly string[] | undefined;
  /**
   * The header of the offset column written after each time column, from that column's header (`displayName`):
   * give it in the user's language. Ignored by `'csv-plain'` and `'jsonl'`.
   * @default (title) => `UTC offset (${title})`
   * @example
   * ```ts
   * downloadAuditCsv({ client, query, columns, offsetHeader: (title) => `UTC-Abweichung (${title})` });
   * ```
   */
  offsetHeader?: ((title: string) => string) | undefined;
  /**
   * `'auto'`: a normal download (no dialog) when the file is expected to be small enough to hold in memory
   * (`expectedRows`, `inMemoryLimitBytes`) or the browser has no file picker, else a stream to a file the user
   * picks (`showSaveFilePicker`), falling back to the download where the browser refuses the picker (a
   * cross-origin iframe, headless Chromium). Or force `'download'` (alias `'blob'`) or `'file-picker'`, or give
   * a `WritableStream`. See `planExportTarget` to tell the user which will happen.
   *
   * A `WritableStream` takes one export: pass a new one for each. One that is locked (a writer of it still held,
   * or another export writing into it), closed or failed is refused with a `TypeError` before anything is
   * requested. The export closes it when done, aborts it when failed or cancelled, and releases its lock either
   * way, so the stream is its owner's again.
   * @default 'auto'
   */
  target?: CsvExportTarget | undefined;
  /**
   * Rows the export will hold, known before the click; lets `'auto'` choose. Take it from
   * `exportOptionsFromList(list).expectedRows`, not from `list.total` as it is: a `total` that is only a lower
   * bound (`totalIsLowerBound`: the events seen so far), or the previous query's while the next loads
   * (`isRefreshing`), made `'auto'` collect a file of millions of rows in memory. `undefined` when unknown.
   */
  expectedRows?: number | undefined;
  /** Largest file `'auto'` collects in memory. @default 32 MiB */
  inMemoryLimitBytes?: number | undefined;
  /**
   * Prefix `'` to formula cells (`=`, `+`, `-`, `@`, tab, CR, NUL) while streaming.
   * @default true, false for 'csv-plain' and 'jsonl'
   */
  neutraliseFormulas?: boolean | undefined;
  /** Start the file with a UTF-8 byte-order mark. @default true for 'csv' and 'csv-semicolon' */
  byteOrderMark?: boolean | undefined;
  /**
   * @default `audit-log_<tenant>_<from>_<to>_<zone>.<csv|jsonl>` (see `exportFileName`); `<to>` is
   * `taken-<time>` when neither the query nor `now` gives an end (the server's clock may be ahead of this one)
   */
  fileName?: string | undefined;
  /**
   * Tenant shown in the default file name; `''` leaves the tenant part out. The tenant of a list's events is in
   * `exportOptionsFromList(list)`.
   * @default client.tenantId, else none: a user token's client knows no tenant, and a placeholder word in every
   * file's name (`audit-log_tenant_…`) told an officer filing exports per tenant nothing
   */
  tenantLabel?: string | undefined;
  /** Cancels the export. */
  signal?: AbortSignal | undefined;
  /** Called as rows arrive. */
  onProgress?: ((progress: CsvExportProgress) => void) | undefined;
  /** How the `blob` sink saves the file. @default a temporary `<a download>` */
  saveBlob?: ((blob: Blob, fileName: string) => void) | undefined;
  /**
   * The snapshot time (`created_to`, unless the query ends earlier); presets resolve against it.
   * @default new Date(), and for a query with no end before it, just after the newest matching event when that is
   * later (the server's clock may be ahead of this one; one `count=1` request, which also gives the total)
   */
  now?: Date | undefined;
}

/**
 * Exports every event matching a query as CSV, streamed (never built whole in memory unless the Blob sink is
 * used), with progress, cancellation and formula neutralisation. The snapshot is pinned at the start
 * (`created_to` = now, or just after the newest matching event when the server's clock is ahead), so paging
 * cannot skip or repeat rows while new events arrive. A request that fails for a passing reason (429 after its
 * `Retry-After`, 5xx, the network) is retried a few times, a page or the stream before its first byte. An export
 * that ends early, or whose matching events changed under it while paging, is an error ("the export ended after
 * N of M rows", "the matching events changed during the export"), never a silently short or wrong file.
 *
 * Call it directly in a click handler: with `target: 'auto'` it opens the browser's file picker before any
 * other await (the package root's version first fetches this engine, once: `preloadAuditExport` fetches it
 * earlier).
 *
 * @example
 * ```ts
 * button.onclick = () =>
 *   downloadAuditCsv({ client, query, columns, onProgress: ({ rows, total }) => show(rows, total) });
 * ```
 */
export async function downloadAuditCsv(options: DownloadAuditCsvOptions): Promise<CsvExportResult> {
  assertExportFormat(options.format ?? 'csv');
  return exportAuditEvents(options, exportRules);
}
