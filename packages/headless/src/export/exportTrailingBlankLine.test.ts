import { createMockAuditApi } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { startExport } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// A server whose CSV answers end in a blank line (`\r\n\r\n`): that line is no row, so the export must neither
// count it as one more than the events that match nor write it between two pages of the file.

/** A client on a mock of 450 events whose every export answer is rewritten (by default, a blank line added). */
function exportAnswersRewritten(rewrite = (csv: string) => `${csv}\r\n`): AuditClient {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 450, strict: true, fidelity: 'frontegg' });
  return clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const answer = (await api.handle(request)) ?? new Response('not the API', { status: 404 });
      if (!new URL(request.url).pathname.includes('/export/') || !answer.ok) return answer;
      return new Response(rewrite(await answer.text()), { status: answer.status, headers: answer.headers });
    },
  });
}

const timeAndAction = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp' },
  { name: 'action', displayName: 'Action' },
];

describe('an export whose answers end in a blank line', () => {
  it.each([
    ['one stream, plain CSV', 'stream', 'csv-plain', timeAndAction],
    ['one stream, times rewritten', 'stream', 'csv', timeAndAction],
    ['one stream, re-delimited with ;', 'stream', 'csv-semicolon', timeAndAction],
    ['pages, the id column added and left out', 'paged', 'csv-plain', timeAndAction],
    // The id among the chosen columns: the pages are written as the server sent them.
    [
      'pages, the id chosen',
      'paged',
      'csv-plain',
      [...timeAndAction, { name: 'frontegg_id', displayName: 'Id' }],
    ],
  ] as const)('completes (%s) with a row per event and no blank line between rows', async (...cells) => {
    const [, strategy, format, columns] = cells;
    const client = exportAnswersRewritten();
    const { total } = await client.list({ count: 1, offset: 0 });
    expect(total).toBe(450);
    const options: Partial<DownloadAuditCsvOptions> = { strategy, format, columns: [...columns] };
    const { pending, target } = startExport(client, options);
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: total, total });
    const lines = target.text().split('\r\n');
    // The header, a line per event, and what follows the last line break (the server's blank line, or nothing).
    expect(lines.slice(0, total + 1).filter((line) => line === '')).toEqual([]);
    expect(lines.slice(total + 1).join('')).toBe('');
  });

  it('still stops at a blank line between two rows: a row more than the events that match', async () => {
    const client = exportAnswersRewritten((csv) => csv.replace('\r\n', '\r\n\r\n'));
    const { pending } = startExport(client, {
      strategy: 'stream',
      format: 'csv-plain',
      columns: timeAndAction,
    });
    await expect(pending).rejects.toMatchObject({
      code: 'export-too-many-rows',
      detail: { rows: 451, total: 450 },
    });
  });
});
