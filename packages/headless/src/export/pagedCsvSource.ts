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
 * One CSV stream made of v2 export pages, 200 events at a time, with the header row written once. Stops at
 * `total` or at the first short page (the caller then reports the rows still missing).
 */
export function pagedCsvSource(
  client: AuditClient,
  params: AuditExportParams,
  total: number,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let offset = 0;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const body = await client.exportCsvPage({ ...params, count: exportPageSize, offset }, { signal });
      const text = await new Response(body).text();
      const rows = Math.max(0, countRecords(text) - 1);
      const chunk = first ? text : text.slice(endOfFirstRecord(text));
      first = false;
      if (chunk) controller.enqueue(encoder.encode(chunk));
      offset += rows;
      if (rows < exportPageSize || offset >= total) controller.close();
    },
  });
}
