import { createMockAuditApi } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { exportColumns, startExport } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// A server (or a proxy) that closes the export's connection cleanly partway through its last row: the body ends
// as a complete response would, every row but the last whole. The file is not done: its last row is cut.

/** A client on a mock of 300 events whose one-stream export answer loses its last `cut` bytes. */
function exportCutShort(cut: number): AuditClient {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 300, now: '2026-01-01T00:00:00Z' });
  return clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const response = (await api.handle(request)) ?? new Response('not the API', { status: 404 });
      if (!(request.method === 'POST' && url.pathname.includes('/export'))) return response;
      const body = new Uint8Array(await response.arrayBuffer());
      return new Response(body.slice(0, body.length - cut), { headers: response.headers });
    },
  });
}

const exportWith = (client: AuditClient, options: Partial<DownloadAuditCsvOptions>) =>
  startExport(client, { strategy: 'stream', ...options });

/** Columns whose last is the event's JSON payload: always a quoted field (its text holds quotes). */
const jsonLast = [...exportColumns.slice(0, 3), { name: 'json', displayName: 'Data' }];

describe('a one-stream export that the server closes inside its last row', () => {
  it.each(['csv', 'csv-plain', 'csv-semicolon'] as const)(
    'fails (%s) with export-ended-early when the last row lost fields, and saves nothing',
    async (format) => {
      // 12 bytes short: the last row's severity and the end of its description are gone.
      const { pending, target } = exportWith(exportCutShort(12), { format });
      await expect(pending).rejects.toMatchObject({
        name: 'AuditApiError',
        kind: 'incomplete',
        code: 'export-ended-early',
        detail: { rows: 299, total: 300 },
      });
      expect(target.state.aborted).toBeTruthy();
      expect(target.state.closed).toBe(false);
    },
  );

  it.each(['csv', 'csv-plain', 'csv-semicolon'] as const)(
    'fails (%s) with export-ended-early when the stream ends inside a quoted field, and saves nothing',
    async (format) => {
      // 3 bytes short: the closing quote of the last row's JSON and its line break are gone.
      const { pending, target } = exportWith(exportCutShort(3), { format, columns: jsonLast });
      await expect(pending).rejects.toMatchObject({
        code: 'export-ended-early',
        detail: { rows: 299, total: 300 },
      });
      expect(target.state.aborted).toBeTruthy();
      expect(target.state.closed).toBe(false);
    },
  );

  it.each(['csv', 'csv-plain'] as const)(
    'completes (%s) when only the last line break is missing, which CSV allows',
    async (format) => {
      const { pending, target } = exportWith(exportCutShort(2), { format, columns: jsonLast });
      await expect(pending).resolves.toMatchObject({ status: 'done', rows: 300, total: 300 });
      expect(target.state.closed).toBe(true);
    },
  );
});
