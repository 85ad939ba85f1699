import { chooseExportRequest } from './chooseExportRequest.ts';
import { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditExportParams, AuditExportProperty } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { createByteOrderMark } from './createCsvTimeRewriter.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';
import { openCsvSink, saveBlob, type CsvExportTarget, type CsvSink } from './csvSink.ts';
import { exportFormatExtension, type ExportFormat } from './exportFormat.ts';
import { exportFileName } from './exportFileName.ts';
import { jsonLinesSource } from './jsonLinesSource.ts';
import { exportPageSize, pagedCsvSource } from './pagedCsvSource.ts';
import { planExportTarget } from './planExportTarget.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

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
   */
  unapplied: readonly UnappliedFilter[];
}

/** How an export finished: `cancelled` when the signal aborted it (no file is left looking complete). */
export interface CsvExportResult extends CsvExportProgress {
  status: 'done' | 'cancelled';
  /** The file, when the `blob` sink was used. */
  blob?: Blob;
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
  strategy?: 'stream' | 'paged';
  /**
   * What the file holds (see `ExportFormat`): CSV for spreadsheets (BOM, formulas neutralised, times in
   * `timeZone`), the same with `;`, the server's CSV untouched, or JSON Lines from the list API.
   * @default 'csv'
   */
  format?: ExportFormat;
  /**
   * IANA zone the time columns are written in (`'UTC'` keeps UTC); ignored by `'csv-plain'`.
   * @default 'UTC'
   */
  timeZone?: string;
  /** Fields holding timestamps. @default ['createdAt'] */
  timeColumns?: readonly string[];
  /**
   * `'auto'`: a normal download (no dialog) when the file is expected to be small enough to hold in memory
   * (`expectedRows`, `inMemoryLimitBytes`) or the browser has no file picker, else a stream to a file the user
   * picks (`showSaveFilePicker`), falling back to the download where the browser refuses the picker (a
   * cross-origin iframe, headless Chromium). Or force `'download'` (alias `'blob'`) or `'file-picker'`, or give
   * a `WritableStream`. See `planExportTarget` to tell the user which will happen.
   * @default 'auto'
   */
  target?: CsvExportTarget;
  /** Rows the export will hold, known before the click (the list's `total`); lets `'auto'` choose. */
  expectedRows?: number;
  /** Largest file `'auto'` collects in memory. @default 32 MiB */
  inMemoryLimitBytes?: number;
  /**
   * Prefix `'` to formula cells (`=`, `+`, `-`, `@`, tab, CR, NUL) while streaming.
   * @default true, false for 'csv-plain' and 'jsonl'
   */
  neutraliseFormulas?: boolean;
  /** Start the file with a UTF-8 byte-order mark. @default true for 'csv' and 'csv-semicolon' */
  byteOrderMark?: boolean;
  /**
   * @default `audit-log_<tenant>_<from>_<to>_<zone>.<csv|jsonl>` (see `exportFileName`)
   */
  fileName?: string;
  /** Tenant shown in the default file name. @default client.tenantId */
  tenantLabel?: string;
  /** Cancels the export. */
  signal?: AbortSignal;
  /** Called as rows arrive. */
  onProgress?: (progress: CsvExportProgress) => void;
  /** How the `blob` sink saves the file. @default a temporary `<a download>` */
  saveBlob?: (blob: Blob, fileName: string) => void;
  /** The snapshot time (`created_to`); presets resolve against it. @default new Date() */
  now?: Date;
}

const isAbort = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof AuditApiError && error.kind === 'aborted');

/**
 * Exports every event matching a query as CSV, streamed (never built whole in memory unless the Blob sink is
 * used), with progress, cancellation and formula neutralisation. The snapshot is pinned at the start
 * (`created_to` = now), so paging cannot skip or repeat rows while new events arrive, and an export that ends
 * early is an error ("the export ended after N of M rows"), never a silently short file.
 *
 * Call it directly in a click handler: with `target: 'auto'` it opens the browser's file picker before any
 * other await.
 *
 * @example
 * ```ts
 * button.onclick = () =>
 *   downloadAuditCsv({ client, query, columns, onProgress: ({ rows, total }) => show(rows, total) });
 * ```
 */
export async function downloadAuditCsv(options: DownloadAuditCsvOptions): Promise<CsvExportResult> {
  const { client, query, columns, target = 'auto', signal, onProgress } = options;
  const format = options.format ?? 'csv';
  if (!['csv', 'csv-semicolon', 'csv-plain', 'jsonl'].includes(format))
    throw new TypeError(`[auditkit] Unknown export format "${String(format)}".`);
  if (format !== 'jsonl' && (!columns || columns.length === 0))
    throw new TypeError('[auditkit] downloadAuditCsv needs at least one column.');
  // The times a file holds: the server's (UTC) in a plain CSV, else the chosen zone. Checked before the picker.
  const timeZone = format === 'csv-plain' ? 'UTC' : (options.timeZone ?? 'UTC');
  createZonedTimeFormatter(timeZone);
  const timeColumns = options.timeColumns ?? ['createdAt'];
  const now = options.now ?? new Date();
  const params = toListParams(query, now);
  // Pin the snapshot: nothing created after the export started can shift pages or lengthen the file. A bound is
  // compared as a time (a zone-less one is UTC), never as text.
  const snapshot = now.toISOString();
  const upper = auditTimeMs(params.createdTo);
  if (upper === undefined || upper > now.getTime()) params.createdTo = snapshot;
  const fileName =
    options.fileName ??
    exportFileName({
      tenant: options.tenantLabel ?? client.tenantId,
      from: params.createdFrom,
      to: params.createdTo ?? snapshot,
      timeZone,
      extension: exportFormatExtension(format),
    });
  const progress: CsvExportProgress = { rows: 0, bytes: 0, total: undefined, fileName, unapplied: [] };
  const result = (status: CsvExportResult['status'], blob?: Blob): CsvExportResult => ({
    status,
    ...progress,
    ...(blob && { blob }),
  });

  const plan = planExportTarget({
    target,
    expectedRows: options.expectedRows,
    columnCount: columns?.length ?? 0,
    format,
    inMemoryLimitBytes: options.inMemoryLimitBytes,
  });
  const chosen: CsvExportTarget =
    plan.method === 'stream' ? target : plan.method === 'download' ? 'download' : 'file-picker';
  const file =
    format === 'jsonl'
      ? {
          name: fileName,
          type: 'application/jsonl;charset=utf-8',
          description: 'JSON Lines',
          extension: 'jsonl',
        }
      : { name: fileName, type: 'text/csv;charset=utf-8', description: 'CSV file', extension: 'csv' };

  let sink: CsvSink;
  try {
    sink = await openCsvSink(chosen, file, options.saveBlob ?? saveBlob, target === 'auto');
  } catch (error) {
    // The user closed the file picker: nothing was written, nothing to report.
    if (isAbort(error)) return result('cancelled');
    throw error;
  }

  try {
    if (signal?.aborted) throw signal.reason;
    const { count: _count, offset: _offset, ...filters } = params;
    // Which endpoint serves the query (the legacy ones take column filters, only v2 takes `users`), and the total
    // from the list endpoint that applies the same filters, so the row count can be held to it.
    const planOptions = signal ? { signal } : {};
    const [streamPlan, pagePlan] = await Promise.all([
      client.planRequest({ ...filters, count: exportPageSize, offset: 0 }, 'exportStream', planOptions),
      client.planRequest({ ...filters, count: exportPageSize, offset: 0 }, 'exportPage', planOptions),
    ]);
    // JSON Lines pages through the list, which applies what the paged export applies.
    const { strategy, plan: requestPlan } = chooseExportRequest(
      { stream: streamPlan, paged: pagePlan },
      options.strategy ?? 'stream',
      format,
    );
    progress.unapplied = requestPlan.unapplied;
    const countParams = { ...filters, count: 1, offset: 0 };
    progress.total = (
      requestPlan.endpoint === 'legacyExport'
        ? await client.listLegacy(countParams, { signal })
        : await client.list(countParams, { signal })
    ).total;
    onProgress?.({ ...progress });

    let stream: ReadableStream<Uint8Array>;
    if (format === 'jsonl') {
      stream = jsonLinesSource({
        client,
        params: filters,
        total: progress.total,
        timeZone,
        timeFields: timeColumns,
        ...(signal && { signal }),
      }).pipeThrough(countLines((lines) => void (progress.rows = lines)));
      if (options.byteOrderMark) stream = stream.pipeThrough(createByteOrderMark());
    } else {
      const exportParams: AuditExportParams = { ...filters, properties: columns };
      stream =
        strategy === 'paged'
          ? pagedCsvSource(client, exportParams, progress.total, signal)
          : await client.exportCsv({ ...exportParams, outputFileName: fileName }, { signal });
      const names = columns.map((column) => column.name);
      for (const step of csvFileTransforms({
        format,
        timeZone,
        timeColumns: timeColumns.map((name) => names.indexOf(name)).filter((index) => index >= 0),
        ...(options.neutraliseFormulas !== undefined && { neutraliseFormulas: options.neutraliseFormulas }),
        ...(options.byteOrderMark !== undefined && { byteOrderMark: options.byteOrderMark }),
        onRecords: (records) => {
          progress.rows = Math.max(0, records - 1);
        },
      }))
        stream = stream.pipeThrough(step);
    }
    const reader = stream.getReader();
    const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          if (signal?.aborted || error instanceof AuditApiError) throw signal?.reason ?? error;
          throw new AuditApiError(`The export broke off after ${progress.rows} rows.`, {
            kind: 'network',
            cause: error,
          });
        }
        if (signal?.aborted) throw signal.reason;
        if (next.done) break;
        await sink.write(next.value);
        progress.bytes += next.value.byteLength;
        onProgress?.({ ...progress });
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    if (progress.rows < progress.total) {
      throw new AuditApiError(`The export ended after ${progress.rows} of ${progress.total} rows.`, {
        kind: 'incomplete',
      });
    }
    onProgress?.({ ...progress });
    const blob = await sink.close();
    return result('done', blob);
  } catch (error) {
    await sink.abort(error).catch(() => undefined);
    if (signal?.aborted) return result('cancelled');
    throw error;
  }
}

/** Counts line feeds (one a JSON line: JSON text never holds a raw one) as bytes pass. */
function countLines(onLines: (lines: number) => void): TransformStream<Uint8Array, Uint8Array> {
  let lines = 0;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      for (let index = 0; index < chunk.length; index++) if (chunk[index] === 10) lines++;
      onLines(lines);
      controller.enqueue(chunk);
    },
  });
}
