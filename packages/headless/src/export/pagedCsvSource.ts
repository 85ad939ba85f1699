import type { AuditExportParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { CsvScanner } from './CsvScanner.ts';

/** Events per v2 export request: the API's maximum. */
export const exportPageSize = 200;

/** Index just past the first record's line break (the header row), or the text's length. */
export function endOfFirstRecord(text: string): number {
  const scanner = new CsvScanner(false);
  for (let index = 0; index < text.length; index++) {
    scanner.push(text[index] ?? '');
    if (scanner.records === 1)
      return text[index] === '\r' && text[index + 1] === '\n' ? index + 2 : index + 1;
  }
  return text.length;
}

function countRecords(text: string): number {
  const scanner = new CsvScanner(false);
  scanner.push(text);
  scanner.finish();
  return scanner.records;
}

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
  const encoder = new TextEncoder();
  // At least one request, so an empty export still has its header row.
  const pages = Math.max(1, Math.ceil(total / exportPageSize));
  const pending: Promise<string>[] = [];
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
      .then((body) => new Response(body).text());
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (requested < pages && pending.length <= lookahead) {
        const page = request(requested++);
        // Handled when its turn comes; this keeps an early failure from being reported as unhandled.
        page.catch(() => undefined);
        pending.push(page);
      }
      const text = await (pending.shift() as Promise<string>);
      const rows = Math.max(0, countRecords(text) - 1);
      const chunk = written === 0 ? text : text.slice(endOfFirstRecord(text));
      written++;
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (rows < exportPageSize || written >= pages) finish(controller);
    },
    cancel: stop,
  });
}
