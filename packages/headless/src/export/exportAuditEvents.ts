import { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditExportParams } from '../client/auditTypes.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { toListParams } from '../query/toListParams.ts';
import type { chooseExportRequest } from './chooseExportRequest.ts';
import { createByteOrderMark } from './createCsvTimeRewriter.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';
import { openCsvSink, saveBlob, type CsvExportTarget, type CsvSink } from './csvSink.ts';
import type { CsvExportProgress, CsvExportResult, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { exportFileName } from './exportFileName.ts';
import { exportFormatExtension } from './exportFormatExtension.ts';
import { jsonLinesSource } from './jsonLinesSource.ts';
import { exportPageSize, pagedCsvSource } from './pagedCsvSource.ts';
import type { planExportTarget } from './planExportTarget.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/**
 * The rules an export shares with the UI (which way the file is saved; which request serves the query), given by
 * the caller rather than imported: the UI has them in the first load already, and this module is fetched on
 * demand. A module shared by an on-demand chunk and the package root's import graph is put by esbuild into a
 * chunk every page loads at once, export or not, so these two (and `hasFilePicker` behind the first) stay out of a
 * page that only lists events (see downloadAuditCsvOnDemand.ts).
 */
export interface ExportRules {
  planExportTarget: typeof planExportTarget;
  chooseExportRequest: typeof chooseExportRequest;
}

const isAbort = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof AuditApiError && error.kind === 'aborted');

/** `downloadAuditCsv` (see there), with the export rules given. */
export async function exportAuditEvents(
  options: DownloadAuditCsvOptions,
  { planExportTarget, chooseExportRequest }: ExportRules,
): Promise<CsvExportResult> {
  const { client, query, columns, target = 'auto', signal, onProgress } = options;
  // Checked by the caller (assertExportFormat), before this module is fetched.
  const format = options.format ?? 'csv';
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
