import { createMockAuditApi } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { exportColumns, startExport } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// A server (or a proxy) that closes the export's connection cleanly partway through its last row: the body ends
// as a complete response would, every row but the last whole. The file is not done: its last row is cut.

/**
 * A client on a mock of 300 events whose export answers lose their last `cut` bytes: every one, or (`cutTimes`)
 * only the first that many a paged export's page at `offset` gets.
 */
function exportCutShort(
  cut: number,
  { offset, cutTimes = Infinity }: { offset?: number; cutTimes?: number } = {},
) {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 300, now: '2026-01-01T00:00:00Z' });
  let left = cutTimes;
  const asked: string[] = [];
  const client: AuditClient = clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const response = (await api.handle(request)) ?? new Response('not the API', { status: 404 });
      if (!(request.method === 'POST' && url.pathname.includes('/export'))) return response;
      const at = url.searchParams.get('offset');
      asked.push(at ?? 'stream');
      if ((offset !== undefined && at !== String(offset)) || left === 0) return response;
      left--;
      const body = new Uint8Array(await response.arrayBuffer());
      return new Response(body.slice(0, body.length - cut), { headers: response.headers });
    },
  });
  return Object.assign(client, { asked });
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

// The paged export reads each page whole before writing it, so a page that ends inside its last row is a page that
// broke off: before, a line break went after it and the cut row was written as if it were whole, counted and all.
describe('a paged export whose page the server closes inside its last row', () => {
  // Pages of 200 that share a row: offsets 0 and 199, the last one 101 rows. Each row ends with the event id the
  // paged export adds (36 characters, then CRLF), so a cut of 45 bytes takes the id and part of the field before.
  const pagedWith = (client: AuditClient, options: Partial<DownloadAuditCsvOptions> = {}) =>
    startExport(client, { strategy: 'paged', format: 'csv-plain', ...options });

  it.each([
    ['the last page', 199, 45, exportColumns],
    ['the last page, inside a quoted field', 199, 40, jsonLast],
    ['a full page', 0, 45, exportColumns],
  ])('asks for %s again when it lost fields, and writes every row whole', async (_, offset, cut, columns) => {
    const reference = pagedWith(exportCutShort(0), { columns });
    await expect(reference.pending).resolves.toMatchObject({ status: 'done', rows: 300 });
    const client = exportCutShort(cut, { offset, cutTimes: 1 });
    const { pending, target } = pagedWith(client, { columns });
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: 300, total: 300 });
    expect(target.text()).toBe(reference.target.text());
    expect(client.asked.filter((at) => at === String(offset))).toHaveLength(2);
  });

  it('fails with export-page-broke-off when the page keeps coming back cut, and saves nothing', async () => {
    const { pending, target } = pagedWith(exportCutShort(45, { offset: 199 }));
    await expect(pending).rejects.toMatchObject({
      name: 'AuditApiError',
      code: 'export-page-broke-off',
      detail: { offset: 199 },
    });
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  }, 15_000);

  it.each([
    ['only the last line break', 2],
    ['only part of the id column it added, none of the chosen ones', 12],
  ])('completes when the last page lost %s', async (_, cut) => {
    const reference = pagedWith(exportCutShort(0), { columns: jsonLast });
    await expect(reference.pending).resolves.toMatchObject({ status: 'done', rows: 300 });
    const client = exportCutShort(cut, { offset: 199 });
    const { pending, target } = pagedWith(client, { columns: jsonLast });
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: 300, total: 300 });
    expect(target.text()).toBe(reference.target.text());
    expect(client.asked.filter((at) => at === '199')).toHaveLength(1);
  });
});
