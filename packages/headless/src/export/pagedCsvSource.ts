import type { AuditExportParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { countCsvRecords } from './countCsvRecords.ts';

/** Events per v2 export request: the API's maximum. */
export const exportPageSize = 200;

/**
 * One CSV stream made of v2 export pages, 200 events at a time, with the header row written once. The snapshot
 * is pinned, so every page's offset is known up front: the next `lookahead` pages are requested while the current
 * one is written. Stops at `total` or at the first short page (the caller then reports the rows still missing).
 */
export function pagedCsvSource(
  client: AuditClient,
  params: AuditExportParams,
  total: number,
  signal?: AbortSignal,
  lookahead = 6,
): ReadableStream<Uint8Array> {
  // At least one request, so an empty export still has its header row.
  const pages = Math.max(1, Math.ceil(total / exportPageSize));
  const pending: Promise<Uint8Array>[] = [];
  // Requests still ahead are dropped when the stream ends early or is cancelled.
  const ahead = new AbortController();
  const stop = () => ahead.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    signal?.removeEventListener('abort', stop);
    stop();
    controller.close();
  };
  let requested = 0;
  let written = 0;
  const request = (page: number) =>
    client
      .exportCsvPage(
        { ...params, count: exportPageSize, offset: page * exportPageSize },
        { signal: ahead.signal },
      )
      .then(async (body) => new Uint8Array(await new Response(body).arrayBuffer()));
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (requested < pages && pending.length <= lookahead) {
        const page = request(requested++);
        // Handled when its turn comes; this keeps an early failure from being reported as unhandled.
        page.catch(() => undefined);
        pending.push(page);
      }
      const bytes = await (pending.shift() as Promise<Uint8Array>);
      // The page's own bytes go on: every page after the first without its header row.
      const { records, headerEnd } = countCsvRecords(bytes);
      const rows = Math.max(0, records - 1);
      const chunk = written === 0 ? bytes : bytes.subarray(headerEnd);
      written++;
      if (chunk.length > 0) controller.enqueue(chunk);
      if (rows < exportPageSize || written >= pages) finish(controller);
    },
    cancel: stop,
  });
}
