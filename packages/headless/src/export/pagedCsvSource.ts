import { AuditApiError, cancelledError } from '../client/AuditApiError.ts';
import type { AuditExportParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { countCsvRecords } from './countCsvRecords.ts';
import { csvWithoutLastField } from './csvWithoutLastField.ts';
import { eventsMoved } from './exportChanged.ts';
import { orderedPages } from './orderedPages.ts';
import { overlappingPageCount, overlappingPageOffset } from './overlappingPages.ts';
import { retryExportRequest } from './retryExportRequest.ts';

/** Events per v2 export request: the API's maximum. */
export const exportPageSize = 200;

/** Options of `pagedCsvSource` beyond the request. */
export interface PagedCsvSourceOptions {
  signal?: AbortSignal | undefined;
  /** Pages requested ahead of the one being written. @default 6 */
  lookahead?: number;
  /**
   * The last of `params.properties` is the event id, added to join the pages by event: compared, then left out
   * of what is written (csvWithoutLastField). @default false
   */
  idColumnAdded?: boolean;
}

/**
 * One CSV stream made of v2 export pages, 200 events at a time, with the header row written once. The snapshot
 * is pinned, so every page's offset is known up front: the next `lookahead` pages are requested while the current
 * one is written. A page that fails for a passing reason (429, 5xx, the network) is asked for again
 * (`retryExportRequest`): it is taken whole before any of it is written. Stops at `total` or at the first short
 * page (the caller then reports the rows still missing). Pages overlap by one row (overlappingPages.ts): a page
 * that does not start with the row the page before ended with means events came or went before it, an error.
 */
export function pagedCsvSource(
  client: AuditClient,
  params: AuditExportParams,
  total: number,
  { signal, lookahead = 6, idColumnAdded = false }: PagedCsvSourceOptions = {},
): ReadableStream<Uint8Array> {
  let rowsWritten = 0;
  // The last row written (its bytes, line break left out, the added id column in): the next page's first.
  let lastRow: Uint8Array | undefined;
  const request = (page: number, ahead: AbortSignal) => {
    const offset = overlappingPageOffset(page, exportPageSize);
    const attempt = async () => {
      const body = await client.exportCsvPage(
        { ...params, count: exportPageSize, offset },
        { signal: ahead },
      );
      try {
        return new Uint8Array(await new Response(body).arrayBuffer());
      } catch (error) {
        if (ahead.aborted) throw cancelledError(error);
        // Nothing of the page is written yet: a page that broke off is asked for again like one never answered.
        throw new AuditApiError(`The export page at offset ${offset} broke off.`, {
          kind: 'network',
          code: 'export-page-broke-off',
          detail: { offset },
          cause: error,
        });
      }
    };
    return retryExportRequest(attempt, ahead);
  };
  const write = (
    bytes: Uint8Array,
    page: number,
    controller: ReadableStreamDefaultController<Uint8Array>,
  ) => {
    // The page's own bytes go on: every page after the first without its header row and the row it shares with
    // the page before.
    const { records, headerEnd, firstRowEnd, lastRecordStart } = countCsvRecords(bytes);
    const rows = Math.max(0, records - 1);
    let start = page === 0 ? 0 : headerEnd;
    let fresh = rows;
    if (page > 0 && rows > 0) {
      const first = withoutLineBreak(bytes.subarray(headerEnd, firstRowEnd));
      if (!lastRow || !sameBytes(lastRow, first)) throw eventsMoved(rowsWritten);
      start = firstRowEnd;
      fresh = rows - 1;
    }
    // A copy: the page's buffer is handed on and freed with it.
    if (fresh > 0) lastRow = withoutLineBreak(bytes.subarray(lastRecordStart)).slice();
    const chunk = idColumnAdded ? csvWithoutLastField(bytes.subarray(start)) : bytes.subarray(start);
    rowsWritten += fresh;
    if (chunk.length > 0) controller.enqueue(chunk);
    return rows < exportPageSize;
  };
  // At least one request, so an empty export still has its header row.
  const pages = Math.max(1, overlappingPageCount(total, exportPageSize));
  return orderedPages({ pages, lookahead, signal, request, write });
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
