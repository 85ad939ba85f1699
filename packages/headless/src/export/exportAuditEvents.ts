import { AuditApiError, cancelledError } from '../client/AuditApiError.ts';
import type { AuditExportParams, AuditListParams, AuditListResponse } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import { eventsOutside } from '../client/eventsOutside.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { requestList } from '../client/requestList.ts';
import type { toListParams } from '../query/toListParams.ts';
import { snapshotAfter } from '../query/snapshotAfter.ts';
import type { chooseExportRequest } from './chooseExportRequest.ts';
import { createByteOrderMark } from './createCsvTimeRewriter.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';
import { openCsvSink, saveBlob, type CsvExportTarget, type CsvSink } from './csvSink.ts';
import type { CsvExportProgress, CsvExportResult, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { tooManyRows, totalChanged } from './exportChanged.ts';
import { exportFileName } from './exportFileName.ts';
import { exportFormatExtension } from './exportFormatExtension.ts';
import { jsonLinesSource } from './jsonLinesSource.ts';
import { listCsvSource } from './listCsvSource.ts';
import { exportPageSize, pagedCsvSource } from './pagedCsvSource.ts';
import type { exportTimeColumns } from './exportTimeColumns.ts';
import type { planExportTarget } from './planExportTarget.ts';
import { readWithin } from './readWithin.ts';
import { retryExportRequest } from './retryExportRequest.ts';
import { exportTimeoutMs, timeLimitedAttempt } from './timeLimitedAttempt.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/**
 * The most columns an export request may name (the audits document's `maxItems` on `properties`): a CSV of more
 * is written from the list's pages (listCsvSource.ts).
 */
const maxExportProperties = 100;

/**
 * The rules an export shares with the UI (which way the file is saved; which request serves the query; the query's
 * request parameters; which fields are times), given by the caller rather than imported: the UI has them in the first
 * load already, and this module is fetched on demand. A module shared by an on-demand chunk and the package root's
 * import graph is put by esbuild into a chunk of its own that every page loads at once, export or not, and gzip
 * then packs it without the rest's context; so these (with `hasFilePicker` behind `planExportTarget` and the
 * time-range presets behind `toListParams`) stay out of that chunk, and a page that only lists events loads one file
 * (see downloadAuditCsvOnDemand.ts).
 */
export interface ExportRules {
  planExportTarget: typeof planExportTarget;
  chooseExportRequest: typeof chooseExportRequest;
  toListParams: typeof toListParams;
  exportTimeColumns: typeof exportTimeColumns;
}

const isAbort = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof AuditApiError && error.kind === 'aborted');

/** `downloadAuditCsv` (see there), with the export rules given. */
export async function exportAuditEvents(
  options: DownloadAuditCsvOptions,
  { planExportTarget, chooseExportRequest, toListParams, exportTimeColumns }: ExportRules,
): Promise<CsvExportResult> {
  const { client, query, columns, target = 'auto', signal, onProgress } = options;
  // Checked by the caller (assertExportFormat), before this module is fetched.
  const format = options.format ?? 'csv';
  if (format !== 'jsonl' && (!columns || columns.length === 0))
    throw new TypeError('[auditkit] downloadAuditCsv needs at least one column.');
  // The times a file holds: the server's (UTC) in a plain CSV, else the chosen zone. Checked before the picker;
  // `'local'` becomes the runtime's zone here, so the file's name and time header name the zone, not "local".
  const timeZone = createZonedTimeFormatter(
    format === 'csv-plain' ? 'UTC' : (options.timeZone ?? 'UTC'),
  ).timeZone;
  // By default the given columns' times, as `<AuditLog>` works them out: a custom UI passes the columns
  // `useAuditColumns` gave it (each with its `type`), and reading only `createdAt` left a vendor's other time
  // columns in UTC under a header naming the zone.
  const timeColumns = options.timeColumns ?? exportTimeColumns(columns ?? []);
  const now = options.now ?? new Date();
  const params = toListParams(query, now);
  // Pin the snapshot: nothing created after the export started can shift pages or lengthen the file. A bound is
  // compared as a time (a zone-less one is UTC), never as text. Pinned here to this clock's now and, unless the
  // caller gave the snapshot time, moved (see pinToNewest) when the query has no bound of its own before it: the
  // server's clock may be ahead or behind. A preset ("Last 7 days") ends at this clock's now exactly, no bound
  // before it: behind, the server would stamp events made during the export inside that end and shift the pages.
  const snapshot = now.toISOString();
  const ownTo = params.createdTo;
  const upper = auditTimeMs(ownTo);
  const unbounded = upper === undefined || upper >= now.getTime();
  if (unbounded) params.createdTo = snapshot;
  const open = unbounded && options.now === undefined;
  // Named now, before the first await: the file picker opens with the name. An open snapshot is moved to just
  // after the newest event only later (pinToNewest), and that may be after this clock's now (the server's clock,
  // which stamps events, may be ahead); the table shows those newest rows, so the file keeps them. The name then
  // states no end it cannot know yet: a query's own end at now (a preset's; the pin never passes it), else the
  // instant the export was taken, as `taken-<time>`. A later end is not named either: the rows stop at the export,
  // and a name ending on 31 December, taken on 7 December, claimed weeks the file does not cover.
  const fileName =
    options.fileName ??
    exportFileName({
      tenant: options.tenantLabel ?? client.tenantId ?? '',
      from: params.createdFrom,
      ...(!open
        ? { to: params.createdTo ?? snapshot }
        : upper === now.getTime()
          ? { to: ownTo }
          : { takenAt: snapshot }),
      timeZone,
      extension: exportFormatExtension(format),
    });
  /** Whether the server's CSV ended partway through its last row (csvFileTransforms' `onCutShort`). */
  let cutShort = false;
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
    const legacy = options.legacy === true;
    // Planned with the query's own end, as the dialog plans it (`useCsvExportUnapplied`), not the snapshot's: an
    // end that is not a time then comes back in `unapplied` (`invalid-time`), as a start that is not one does,
    // while every request carries the snapshot's end in its place. Only the plan's endpoint and `unapplied` are
    // used; a time bound changes neither which endpoint serves the query nor what else it leaves out.
    const { createdTo: _pinned, ...unpinned } = filters;
    const planned = {
      ...unpinned,
      ...(ownTo !== undefined && { createdTo: ownTo }),
      count: exportPageSize,
      offset: 0,
    };
    const [streamPlan, pagePlan] = await Promise.all([
      // A `legacy` export is held to the legacy endpoints, as `useCsvExportUnapplied` plans it: `users` is then
      // left out because they filter users by email (`legacy-cannot-filter`), not for a clash with another filter,
      // and the file's report says what the dialog said before.
      client.planRequest(planned, 'exportStream', {
        ...planOptions,
        ...(legacy && { endpoints: ['legacyExport'] as const }),
      }),
      // Only the legacy export with `legacy`: its pages are the stream's request with `count` and `offset`, so
      // they apply what the stream applies.
      legacy ? undefined : client.planRequest(planned, 'exportPage', planOptions),
    ]);
    // JSON Lines pages through the list, which applies what the paged export applies.
    const { strategy, plan: requestPlan } = chooseExportRequest(
      { stream: streamPlan, paged: pagePlan ?? streamPlan },
      options.strategy ?? 'stream',
      format,
    );
    progress.unapplied = requestPlan.unapplied;
    // A legacy list may not read the range's end (`createdAt`'s `$lt`: Frontegg's portal sends only `$gt`); its
    // answers then hold events after the end, which the client marks `ignored-by-api` (createAuditListClient's
    // `listVia`). Such events are kept in the file and the report names the time range as not applied, rather than
    // dropped here: the count the file is held to is that same list's `total`, which counts them, so the file stays
    // the rows the table shows (its note says the same) and every count check still holds. Dropping them would
    // need the report to say how many were dropped, which the UI has no words for, and dropped unsaid, the file
    // would disagree with its count and the table. Judged against the query's own range, as the table judges (the
    // snapshot's end is the export's, no filter of the user's), on every list answer the export reads: the count,
    // and the pages of JSON Lines and of a CSV built from the list.
    const ownFrom = auditTimeMs(params.createdFrom);
    const noteUnapplied = (
      unapplied: readonly UnappliedFilter[] | undefined,
      events: readonly { createdAt: unknown }[],
    ) => {
      const crossed = eventsOutside(events, ownFrom, upper);
      const known = (item: UnappliedFilter) =>
        progress.unapplied.some(
          (had) => had.kind === item.kind && had.column === item.column && had.reason === item.reason,
        );
      const fresh = crossed ? (unapplied ?? []).filter((item) => !known(item)) : [];
      if (fresh.length > 0) progress.unapplied = [...progress.unapplied, ...fresh];
    };
    // The list endpoint that applies what the export applies; retried as a page is.
    const list = async (listParams: AuditListParams) => {
      const answer = await retryExportRequest(
        () => requestList(client, listParams, signal, requestPlan.endpoint === 'legacyExport'),
        signal,
      );
      noteUnapplied(answer.unapplied, answer.data);
      return answer;
    };
    const count = async () => countOf(await list({ ...filters, count: 1, offset: 0 }));
    // Undefined when the server gives no total: the pages then run until a short one, and no count is checked.
    const pinned = open ? await pinToNewest(list, filters, { ownTo, upper }) : undefined;
    const total = pinned ? pinned.total : await count();
    progress.total = total;
    onProgress?.({ ...progress });

    // More columns than the export endpoints take (any request naming them all is a 400): the same CSV is written
    // from the list's pages, which hold every field (listCsvSource.ts), and goes through the same transforms. From
    // the list endpoint the count comes from, so it applies what the count applies; paged, so counted again below.
    const fromList = format !== 'jsonl' && columns.length > maxExportProperties;
    let stream: ReadableStream<Uint8Array>;
    if (format === 'jsonl') {
      stream = jsonLinesSource({
        client,
        params: filters,
        total,
        timeZone,
        timeFields: timeColumns,
        legacy,
        onUnapplied: noteUnapplied,
        ...(signal && { signal }),
      }).pipeThrough(countLines((lines) => void (progress.rows = lines)));
      if (options.byteOrderMark) stream = stream.pipeThrough(createByteOrderMark());
    } else {
      const exportParams: AuditExportParams = { ...filters, properties: columns };
      const names = columns.map((column) => column.name);
      // Pages are joined by the event they share, which only its id names exactly (two events may have the same
      // values in every chosen column): asked for as an extra last column when the user's columns lack it, and
      // left out of the file. Not when the request would then ask for more columns than the API takes.
      const idColumnAdded =
        strategy === 'paged' && !names.includes('frontegg_id') && columns.length < maxExportProperties;
      stream = fromList
        ? listCsvSource({
            client,
            params: filters,
            columns,
            timeFields: timeColumns,
            total,
            signal,
            legacy: requestPlan.endpoint === 'legacyExport',
            onUnapplied: noteUnapplied,
          })
        : strategy === 'paged'
          ? pagedCsvSource(
              client,
              idColumnAdded
                ? { ...exportParams, properties: [...columns, { name: 'frontegg_id', displayName: 'id' }] }
                : exportParams,
              total,
              {
                signal,
                legacy,
                idColumnAdded,
                ...(names.includes('frontegg_id') && { idColumn: names.indexOf('frontegg_id') }),
              },
            )
          : await openExportStream(client, { ...exportParams, outputFileName: fileName }, signal);
      for (const step of csvFileTransforms({
        format,
        timeZone,
        timeColumns: timeColumns.map((name) => names.indexOf(name)).filter((index) => index >= 0),
        offsetHeader: options.offsetHeader,
        ...(options.neutraliseFormulas !== undefined && { neutraliseFormulas: options.neutraliseFormulas }),
        ...(options.byteOrderMark !== undefined && { byteOrderMark: options.byteOrderMark }),
        onRecords: (records) => {
          progress.rows = Math.max(0, records - 1);
        },
        // A server that closes the connection cleanly inside the last row: that row, counted, is not whole.
        onCutShort: () => {
          cutShort = true;
          progress.rows = Math.max(0, progress.rows - 1);
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
          // Not retried: the file already holds rows, and a stream cannot be resumed mid-file.
          throw new AuditApiError(
            `The export broke off after ${rowsOfTotal(progress.rows, total)}, so it was stopped. Export again.`,
            {
              kind: 'network',
              code: 'export-broke-off',
              detail: { rows: progress.rows, total },
              cause: error,
            },
          );
        }
        if (signal?.aborted) throw signal.reason;
        if (next.done) break;
        // More rows than match: the file can only fail (below), so nothing more is read or written.
        if (total !== undefined && progress.rows > total) {
          await reader.cancel().catch(() => undefined);
          break;
        }
        await sink.write(next.value);
        progress.bytes += next.value.byteLength;
        onProgress?.({ ...progress });
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    onProgress?.({ ...progress });
    // Pages are asked for by offset: an event that came or went inside the snapshot mid-export (ingestion is
    // asynchronous) shifts every later one. The pages' own overlap (overlappingPages.ts) catches that at the page
    // it happens; a change before the first page leaves the pages agreeing with each other but not with the count
    // the export started with, so it is counted again with the same pinned parameters (one small request). Also
    // for a count of exactly one page: an event that arrived after the count shows only on the page after it (the
    // paged CSV asks for that page; JSON Lines does not). None for a single short page, which is one consistent
    // answer.
    // Every way, more rows than the count is never done: the export endpoint did not apply a filter the count
    // applies (the API may widen silently, and the compliance rule is every matching row and no other), or events
    // came in between, which the count again tells apart.
    if (
      total !== undefined &&
      (progress.rows > total || ((strategy === 'paged' || fromList) && total >= exportPageSize))
    ) {
      const after = await count();
      // A server that stops sending the total mid-export leaves only the overlap check.
      if (after !== undefined && after !== total) throw totalChanged(total, after);
      if (progress.rows > total) throw tooManyRows(progress.rows, total);
    }
    // A one-stream export with no total to hold it to: an event after the last row written, under the same pinned
    // filters and snapshot, tells a stream that ended early from a whole one (one small list request). Pages run
    // until a short one, so they need none.
    const endedEarly =
      cutShort ||
      (total !== undefined
        ? progress.rows < total
        : strategy === 'stream' &&
          !fromList &&
          (await list({ ...filters, count: 1, offset: progress.rows })).data.length > 0);
    if (endedEarly) {
      throw new AuditApiError(`The export ended after ${rowsOfTotal(progress.rows, total)}.`, {
        kind: 'incomplete',
        code: 'export-ended-early',
        detail: { rows: progress.rows, total },
      });
    }
    const blob = await sink.close();
    return result('done', blob);
  } catch (error) {
    await sink.abort(error).catch(() => undefined);
    if (signal?.aborted) return result('cancelled');
    throw error;
  }
}

/**
 * The count of matching events a `count=1, offset=0` answer gives: none when the server sent no total, unless the
 * answer is empty (then nothing matches).
 */
function countOf(page: AuditListResponse): number | undefined {
  if (!page.totalUnknown) return page.total;
  return page.data.length === 0 ? 0 : undefined;
}

function rowsOfTotal(rows: number, total: number | undefined): string {
  return total === undefined ? `${rows} rows` : `${rows} of ${total} rows`;
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

/**
 * Moves the snapshot of a query with no upper bound before `now` to just after the newest matching event: the
 * server stamps events with its own clock, not this one. Ahead of this one, events the table shows (it sends no
 * bound) would be left out by a snapshot at `now`; behind it, events the server creates during the export would be
 * stamped inside such a snapshot and shift the pages (the export would then stop, every time, on a busy tenant).
 * The server's clock cannot be read otherwise: a `Date` response header is not readable cross-origin (not
 * CORS-safelisted). Returns the count under the moved snapshot (its `total` undefined when the server sends none),
 * or `undefined` when the newest event's time cannot be read or written (the snapshot then stays at `now`, to be
 * counted the usual way).
 *
 * Cost: none in requests. The newest event is asked for with `count=1` (createdAt descending, the same filters,
 * the query's own bound if it has one, after `now`), and that answer's `total` is also the count under the moved
 * snapshot: no visible matching event is newer than the newest, so bounding at it changes no count. It replaces
 * the count request an export always sent.
 */
async function pinToNewest(
  list: (params: AuditListParams) => Promise<AuditListResponse>,
  filters: Omit<AuditListParams, 'count' | 'offset'>,
  { ownTo, upper }: { ownTo: string | undefined; upper: number | undefined },
): Promise<{ total: number | undefined } | undefined> {
  const { createdTo: _pinned, ...unbounded } = filters;
  const newest = await list({
    ...unbounded,
    ...(ownTo !== undefined && { createdTo: ownTo }),
    sortBy: 'createdAt',
    sortDirection: 'desc',
    count: 1,
    offset: 0,
  });
  if (newest.data.length === 0) return newest.total === 0 ? { total: 0 } : undefined;
  const newestMs = auditTimeMs(newest.data[0]!.createdAt);
  const end = newestMs === undefined ? undefined : snapshotAfter(newestMs, ownTo, upper);
  if (end === undefined) return undefined;
  filters.createdTo = end;
  return { total: countOf(newest) };
}

/**
 * The one-stream export, asked for again (`retryExportRequest`) when it fails before its first byte: nothing is
 * written yet, so that is as safe as retrying a page. A failure after it is the caller's to report. Held to the
 * client's `timeoutMs` like a page: the answer and its first bytes within it (else `unreachable`, asked again), then
 * every wait for more bytes (else the stream fails, as one that broke off).
 */
async function openExportStream(
  client: AuditClient,
  params: Parameters<AuditClient['exportCsv']>[0],
  signal: AbortSignal | undefined,
): Promise<ReadableStream<Uint8Array>> {
  const timeoutMs = exportTimeoutMs(client);
  const timedOut = () =>
    new AuditApiError(`The export did not start within ${timeoutMs} ms.`, {
      kind: 'network',
      code: 'unreachable',
    });
  const attempt = async (limited: AbortSignal) => {
    const reader = (await client.exportCsv(params, { signal: limited })).getReader();
    let first: ReadableStreamReadResult<Uint8Array>;
    try {
      first = await reader.read();
    } catch (error) {
      if (signal?.aborted) throw cancelledError(error);
      throw new AuditApiError('The export broke off before its first row.', {
        kind: 'network',
        code: 'export-start-broke-off',
        cause: error,
      });
    }
    let held: ReadableStreamReadResult<Uint8Array> | undefined = first;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = held ?? (await readWithin(reader, timeoutMs));
        held = undefined;
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
  };
  // Kept linked: the export's cancel still stops the request while its stream is read, after the attempt.
  return retryExportRequest(
    () => timeLimitedAttempt(attempt, { timeoutMs, signal, timedOut, keepLinked: true }),
    signal,
  );
}
