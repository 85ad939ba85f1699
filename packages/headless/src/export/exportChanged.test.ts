import { createMockAuditApi } from '@auditkit/mock-api';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { startExport } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// Pages are asked for by offset. An event that becomes visible mid-export with a createdAt inside the pinned
// snapshot (ingestion is asynchronous: POST /audits answers 202) shifts every later offset by one: a row comes
// twice and another never, and the row count is still right. Such a file must never be reported done. Pages
// overlap by one event (overlappingPages.ts), joined by the event's id (asked for as an extra column when the chosen
// columns lack it), so the page where that happens says so, whatever the columns.

const inside = new Date('2026-06-01T00:00:00Z');
const idAndTime = [
  { name: 'frontegg_id', displayName: 'Id' },
  { name: 'createdAt', displayName: 'Time' },
];

/**
 * A fresh mock of 3000 events and a client on it; the first time a page at an offset of `from` or more is asked
 * for (an export page, or a list page of more than one event: not the export's count), an event is recorded
 * first (stamped just after the dataset's newest, 2026-01-01T00:00:01Z), and every page asked for from then on
 * is answered after it.
 */
function lateEventAt(from = 1400) {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 3000, now: '2026-01-01T00:00:00Z' });
  let late: Promise<unknown> | undefined;
  const client: AuditClient = clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const page =
        url.pathname.endsWith('/export/csv') ||
        (request.method === 'GET' && Number(url.searchParams.get('count')) > 1);
      if (page && !late && Number(url.searchParams.get('offset')) >= from)
        late = client.create({ severity: 'High', action: 'Late' });
      if (page && late) await late;
      return (await api.handle(request)) ?? new Response('not the API', { status: 404 });
    },
  });
  return client;
}

const exportWith = (client: AuditClient, options: Partial<DownloadAuditCsvOptions>) =>
  startExport(client, { columns: idAndTime, format: 'csv-plain', strategy: 'paged', ...options });

const changed =
  /^The matching events changed during the export \(.+\): rows may be missing or repeated, so the export was stopped\. Export again\.$/;

describe('an export whose matching events change under it', () => {
  it('fails a paged CSV export with the id column, at the page that moved, and aborts the file', async () => {
    const { pending, target } = exportWith(lateEventAt(), { now: inside });
    await expect(pending).rejects.toMatchObject({
      name: 'AuditApiError',
      kind: 'incomplete',
      message: expect.stringMatching(changed),
    });
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('codes the change export-changed, with the rows written before the page that moved', async () => {
    // The page at offset 1592 (the first at 1400 or more: 199 new events a page after the first 200) no longer
    // starts with the event the page before ended with: 200 + 7 × 199 rows were written before it.
    const moved = exportWith(lateEventAt(), { now: inside });
    await expect(moved.pending).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 1593 } });
  });

  it('fails a paged CSV export without the id column at the same page: the id it adds joins the pages', async () => {
    const columns = [
      { name: 'createdAt', displayName: 'Time' },
      { name: 'action', displayName: 'Action' },
    ];
    const { pending, target } = exportWith(lateEventAt(), { now: inside, columns });
    await expect(pending).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 1593 } });
    await expect(pending).rejects.toThrow(changed);
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('fails when the events changed before the first page, by counting again after the last one', async () => {
    // Every page then agrees with every other, but not with the count the export started with.
    const { pending, target } = exportWith(lateEventAt(0), { now: inside });
    await expect(pending).rejects.toMatchObject({
      code: 'export-changed',
      message: expect.stringMatching(/\(3000 when it started, 3001 at the end\)/),
      detail: { total: 3000, totalAfter: 3001 },
    });
    expect(target.state.closed).toBe(false);
  });

  it('fails a JSON Lines export', async () => {
    const { pending, target } = exportWith(lateEventAt(), { now: inside, format: 'jsonl' });
    await expect(pending).rejects.toMatchObject({
      kind: 'incomplete',
      message: expect.stringMatching(changed),
    });
    expect(target.state.closed).toBe(false);
  });

  it('completes when the late event is after the snapshot: every row once', async () => {
    // The snapshot ends before the late event's time: it shifts nothing under the pinned parameters.
    const { pending, target } = exportWith(lateEventAt(), {
      now: new Date('2026-01-01T00:00:00.500Z'),
    });
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: 3000, total: 3000 });
    const ids = Papa.parse<string[]>(target.text(), { newline: '\r\n' })
      .data.slice(1, -1)
      .map((row) => row[0]);
    expect(ids).toHaveLength(3000);
    expect(new Set(ids).size).toBe(3000);
  });
});
