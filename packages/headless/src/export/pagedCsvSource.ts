import { AuditApiError, cancelledError } from '../client/AuditApiError.ts';
import type { AuditExportParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { countCsvRecords, type CsvRecordCount } from './countCsvRecords.ts';
import { CR, LF } from './csvSyntax.ts';
import { csvWithoutLastField } from './csvWithoutLastField.ts';
import { eventsMoved } from './exportChanged.ts';
import { orderedPages } from './orderedPages.ts';
import { overlappingPageCount, overlappingPageOffset, pageJoin } from './overlappingPages.ts';
import { retryExportRequest } from './retryExportRequest.ts';
import { exportTimeoutMs, timeLimitedAttempt } from './timeLimitedAttempt.ts';

const crlf = new Uint8Array([CR, LF]);

/** Events per v2 export request: the API's maximum. */
export const exportPageSize = 200;

/** Options of `pagedCsvSource` beyond the request. */
export interface PagedCsvSourceOptions {
  signal?: AbortSignal | undefined;
  /** Every page from the legacy export (`exportCsvPage`'s `legacy`). @default false */
  legacy?: boolean | undefined;
  /** Pages requested ahead of the one being written. @default 6 */
  lookahead?: number | undefined;
  /**
   * The last of `params.properties` is the event id, added to join the pages by event: compared, then left out
   * of what is written (csvWithoutLastField). @default false
   */
  idColumnAdded?: boolean | undefined;
  /** Where the event id is among the user's `params.properties`, when it is: the pages are joined by it. */
  idColumn?: number | undefined;
}

/**
 * One CSV stream made of export pages (v2's, or the legacy export's: see `exportCsvPage`), 200 events at a time,
 * with the header row written once. The snapshot is pinned, so every page's offset is known up front: the next
 * `lookahead` pages are requested while the current one is written. A page that fails for a passing reason (429,
 * 5xx, the network, no whole answer within the client's `timeoutMs`) is asked for again (`retryExportRequest`): it
 * is taken whole before any of it is written. Stops after the pages that would hold one event more than `total` (so
 * rows past it show) or at the first short page (the caller then reports the rows still missing or too many); with
 * `total` unknown (undefined), at the first short page. Pages overlap by one row (overlappingPages.ts): a page that
 * does not hold exactly one event of the page before means events came, went or moved at its edge, an error.
 */
export function pagedCsvSource(
  client: AuditClient,
  params: AuditExportParams,
  total: number | undefined,
  { signal, legacy = false, lookahead = 6, idColumnAdded = false, idColumn }: PagedCsvSourceOptions = {},
): ReadableStream<Uint8Array> {
  let rowsWritten = 0;
  // Rows name their events by the id column added (their last field) or by the user's own.
  const keys = idColumnAdded ? 'last-field' : idColumn;
  const join = pageJoin();
  // The last row written (its bytes, line break left out): without keys that name events, the next page's first.
  let lastRow: Uint8Array | undefined;
  const timeoutMs = exportTimeoutMs(client);
  const request = (page: number, ahead: AbortSignal) => {
    const offset = overlappingPageOffset(page, exportPageSize);
    const attempt = async (limited: AbortSignal) => {
      const body = await client.exportCsvPage(
        { ...params, count: exportPageSize, offset },
        { signal: limited, legacy },
      );
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await new Response(body).arrayBuffer());
      } catch (error) {
        if (ahead.aborted) throw cancelledError(error);
        throw brokeOff(offset, error);
      }
      // A connection closed cleanly partway through the last row reads as a whole answer; a line break written
      // after it would make the cut row look whole, and the file silently short of what that row held.
      const counted = countCsvRecords(bytes, keys);
      if (counted.cutShort) throw brokeOff(offset);
      return { bytes, counted };
    };
    // Each attempt within the client's time limit: a page that never comes, or stops coming, is asked for again.
    const timedOut = () =>
      new AuditApiError(`The export page at offset ${offset} did not come in full within ${timeoutMs} ms.`, {
        kind: 'network',
        code: 'unreachable',
        detail: { offset },
      });
    return retryExportRequest(
      () => timeLimitedAttempt(attempt, { timeoutMs, signal: ahead, timedOut }),
      ahead,
    );
  };
  const write = (
    { bytes, counted }: { bytes: Uint8Array; counted: CsvRecordCount },
    page: number,
    controller: ReadableStreamDefaultController<Uint8Array>,
  ) => {
    // The page's own bytes go on: every page after the first without its header row and the row it shares with
    // the page before, wherever that row is (overlappingPages.ts).
    // A blank line closing the page (recordsEnd) is left out: between two pages it would be a row more in the file.
    const { records, recordsEnd, headerEnd, firstRowEnd, lastRecordStart, starts } = counted;
    const rows = Math.max(0, records - 1);
    const row = join.next(
      page,
      counted.keys?.slice(1),
      rows,
      () =>
        lastRow !== undefined && sameBytes(lastRow, withoutLineBreak(bytes.subarray(headerEnd, firstRowEnd))),
    );
    if (row === -1) throw eventsMoved(rowsWritten);
    // The shared row, from where it starts to where the next record does.
    const shared: [number, number] | undefined =
      row === undefined
        ? undefined
        : starts
          ? [starts[row + 1]!, starts[row + 2] ?? recordsEnd]
          : [headerEnd, firstRowEnd];
    // A copy: the page's buffer is handed on and freed with it.
    if (rows > 0) lastRow = withoutLineBreak(bytes.subarray(lastRecordStart)).slice();
    const start = page === 0 ? 0 : headerEnd;
    const pieces: [number, number][] = shared
      ? [
          [start, shared[0]],
          [shared[1], recordsEnd],
        ]
      : [[start, recordsEnd]];
    let last: Uint8Array | undefined;
    for (const [from, to] of pieces) {
      const chunk = idColumnAdded ? csvWithoutLastField(bytes.subarray(from, to)) : bytes.subarray(from, to);
      if (chunk.length === 0) continue;
      controller.enqueue(chunk);
      last = chunk;
    }
    // A page whose last row has no line break (allowed at the end of a CSV text) would run into the next page's
    // first row, two records made one.
    const end = last?.at(-1);
    if (end !== undefined && end !== LF && end !== CR) controller.enqueue(crlf.slice());
    rowsWritten += shared ? rows - 1 : rows;
    return rows < exportPageSize;
  };
  // The pages that would hold one event more than the count: rows past it (an export endpoint that ignores a
  // filter the count applies) then always show. Only a count that fills its pages exactly (200, 399, …) gets a
  // page more, which otherwise holds just the event it shares with the page before. At least one request, so an
  // empty export still has its header row.
  const pages = total === undefined ? Infinity : overlappingPageCount(total + 1, exportPageSize);
  return orderedPages({ pages, lookahead, signal, request, write });
}

/** Nothing of the page is written yet: a page that broke off is asked for again like one never answered. */
function brokeOff(offset: number, cause?: unknown): AuditApiError {
  return new AuditApiError(`The export page at offset ${offset} broke off.`, {
    kind: 'network',
    code: 'export-page-broke-off',
    detail: { offset },
    cause,
  });
}

function withoutLineBreak(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 10 || bytes[end - 1] === 13)) end--;
  return bytes.subarray(0, end);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
