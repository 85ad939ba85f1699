import { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditExportParams, AuditExportProperty } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { createCsvNeutraliser } from './createCsvNeutraliser.ts';
import { openCsvSink, saveBlob, type CsvExportTarget, type CsvSink } from './csvSink.ts';
import { exportFileName } from './exportFileName.ts';
import { pagedCsvSource } from './pagedCsvSource.ts';

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
   * `'stream'`: the legacy one-stream export (what Frontegg's portal uses). `'paged'`: v2 export, 200 events a
   * request, header written once.
   * @default 'stream'
   */
  strategy?: 'stream' | 'paged';
  /**
   * `'auto'` streams to a file the user picks where the browser can (`showSaveFilePicker`), else collects Blob
   * parts and saves them through an object URL; or force `'file-picker'`, `'blob'`, or give a `WritableStream`.
   * @default 'auto'
   */
  target?: CsvExportTarget;
  /** Prefix `'` to formula cells (`=`, `+`, `-`, `@`, tab, CR, NUL) while streaming. @default true */
  neutraliseFormulas?: boolean;
  /** @default `audit-log_<tenant>_<from>_<to>.csv` (see `exportFileName`) */
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
  const { client, query, columns, strategy = 'stream', target = 'auto', signal, onProgress } = options;
  if (!columns || columns.length === 0)
    throw new TypeError('[auditkit] downloadAuditCsv needs at least one column.');
  const now = options.now ?? new Date();
  const params = toListParams(query, now);
  // Pin the snapshot: nothing created after the export started can shift pages or lengthen the file.
  const snapshot = now.toISOString();
  if (!params.createdTo || params.createdTo > snapshot) params.createdTo = snapshot;
  const fileName =
    options.fileName ??
    exportFileName({
      tenant: options.tenantLabel ?? client.tenantId,
      from: params.createdFrom,
      to: params.createdTo,
    });
  const progress: CsvExportProgress = { rows: 0, bytes: 0, total: undefined, fileName };
  const result = (status: CsvExportResult['status'], blob?: Blob): CsvExportResult => ({
    status,
    ...progress,
    ...(blob && { blob }),
  });

  let sink: CsvSink;
  try {
    sink = await openCsvSink(target, fileName, options.saveBlob ?? saveBlob);
  } catch (error) {
    // The user closed the file picker: nothing was written, nothing to report.
    if (isAbort(error)) return result('cancelled');
    throw error;
  }

  try {
    if (signal?.aborted) throw signal.reason;
    const { count: _count, offset: _offset, ...filters } = params;
    const exportParams: AuditExportParams = { ...filters, properties: columns };
    progress.total = (await client.list({ ...filters, count: 1, offset: 0 }, { signal })).total;
    onProgress?.({ ...progress });

    const source =
      strategy === 'paged'
        ? pagedCsvSource(client, exportParams, progress.total, signal)
        : await client.exportCsv(exportParams, { signal });
    const reader = source
      .pipeThrough(
        createCsvNeutraliser({
          neutralise: options.neutraliseFormulas ?? true,
          onRecords: (records) => {
            progress.rows = Math.max(0, records - 1);
          },
        }),
      )
      .getReader();
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
