import { createMockAuditApi } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { startExport } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// The compliance rule: a file done holds every matching row and no other. Two ways a file could be reported done
// while it did not: an export endpoint that ignores a filter the list's count applies (the real API may not honour
// every parameter: silent widening), and a count of exactly one page while more events match by the time the page
// is read (an event ingested inside the snapshot between the count and the page).

const highOnly: AuditQuery = { ...defaultAuditQuery, filters: { severity: ['High'] } };

/**
 * A client on a mock whose export endpoints ignore the `severity` filter (unless `ignores` is false); the lists (and
 * so the count) apply it. With `high`, High events are recorded until exactly that many match.
 */
async function exportIgnoresSeverity(high?: number, ignores = true): Promise<AuditClient> {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 1000, strict: true, fidelity: 'frontegg' });
  const client = clientAs(undefined, {
    fetch: async (input, init) => {
      let request = new Request(input, init);
      const url = new URL(request.url);
      if (
        ignores &&
        request.method === 'POST' &&
        url.pathname.includes('/export/') &&
        url.searchParams.has('severity')
      ) {
        url.searchParams.delete('severity');
        request = new Request(url, { method: 'POST', headers: request.headers, body: await request.text() });
      }
      return (await api.handle(request)) ?? new Response('not the API', { status: 404 });
    },
  });
  if (high !== undefined) {
    const { total } = await client.list({ count: 1, offset: 0, filters: { severity: ['High'] } });
    for (let made = total; made < high; made++) await client.create({ severity: 'High', action: 'More' });
  }
  return client;
}

/**
 * A client on a mock of exactly `events` events; the first time a page is asked for (an export page, or a list
 * page of more than one event: not a count), an event is recorded first, inside the snapshot, so every page is
 * answered with one event more than the count the export started with.
 */
function eventArrivesBeforeFirstPage(events: number): AuditClient {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: events, now: '2026-01-01T00:00:00Z' });
  let late: Promise<unknown> | undefined;
  const client: AuditClient = clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const page =
        url.pathname.endsWith('/export/csv') ||
        (request.method === 'GET' && Number(url.searchParams.get('count')) > 1);
      if (page) await (late ??= client.create({ severity: 'High', action: 'Late' }));
      return (await api.handle(request)) ?? new Response('not the API', { status: 404 });
    },
  });
  return client;
}

const exportWith = (client: AuditClient, options: Partial<DownloadAuditCsvOptions>) =>
  startExport(client, { format: 'csv-plain', ...options });

describe('an export that gives more rows than the count', () => {
  it.each(['stream', 'paged'] as const)(
    'fails (%s) with export-too-many-rows when the export ignores a filter the count applies',
    async (strategy) => {
      const client = await exportIgnoresSeverity();
      const { total } = await client.list({ count: 1, offset: 0, filters: { severity: ['High'] } });
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(200);
      const { pending, target } = exportWith(client, { query: highOnly, strategy });
      await expect(pending).rejects.toMatchObject({
        name: 'AuditApiError',
        kind: 'incomplete',
        code: 'export-too-many-rows',
        detail: { total, rows: expect.any(Number) },
        message: expect.stringMatching(/more rows \(\d+\) than the \d+ events that match/),
      });
      const { detail } = (await pending.catch((error: unknown) => error)) as { detail: { rows: number } };
      expect(detail.rows).toBeGreaterThan(total);
      // What was written is thrown away, never saved as a file.
      expect(target.state.aborted).toBeTruthy();
      expect(target.state.closed).toBe(false);
    },
  );
});

describe('a paged export whose count fills its pages exactly', () => {
  // The last page asked for comes back full, so rows past the count would only show on the page after it.
  it.each([200, 399])(
    'fails with export-too-many-rows when %i match and the export ignores a filter the count applies',
    async (matching) => {
      const client = await exportIgnoresSeverity(matching);
      const { total } = await client.list({ count: 1, offset: 0, filters: { severity: ['High'] } });
      expect(total).toBe(matching);
      const { pending, target } = exportWith(client, { query: highOnly, strategy: 'paged' });
      await expect(pending).rejects.toMatchObject({
        kind: 'incomplete',
        code: 'export-too-many-rows',
        detail: { total: matching, rows: expect.any(Number) },
      });
      expect(target.state.aborted).toBeTruthy();
      expect(target.state.closed).toBe(false);
    },
  );

  it.each([200, 399])('completes when %i match and every page applies the filter', async (matching) => {
    const client = await exportIgnoresSeverity(matching, false);
    const { pending, target } = exportWith(client, { query: highOnly, strategy: 'paged' });
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: matching, total: matching });
    expect(target.state.closed).toBe(true);
    const severities = target
      .text()
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((row) => row.slice(row.lastIndexOf(',') + 1));
    expect(severities).toEqual(Array<string>(matching).fill('High'));
  });
});

describe('an export whose count is exactly one page', () => {
  const inside = new Date('2026-06-01T00:00:00Z');

  it.each([
    ['paged CSV', { strategy: 'paged' }],
    ['JSON Lines', { format: 'jsonl' }],
  ] as const)(
    'counts again after the one full page (%s), and fails when an event arrived',
    async (_, options) => {
      const { pending, target } = exportWith(eventArrivesBeforeFirstPage(200), { now: inside, ...options });
      await expect(pending).rejects.toMatchObject({
        code: 'export-changed',
        detail: { total: 200, totalAfter: 201 },
      });
      expect(target.state.closed).toBe(false);
    },
  );

  it('completes a count of exactly one page when nothing arrived', async () => {
    const api = createMockAuditApi({ seed: 7, eventsPerTenant: 200, now: '2026-01-01T00:00:00Z' });
    const client = clientAs(undefined, {
      fetch: async (input, init) =>
        (await api.handle(new Request(input, init))) ?? new Response('not the API', { status: 404 }),
    });
    const { pending, target } = exportWith(client, { now: inside, strategy: 'paged' });
    await expect(pending).resolves.toMatchObject({ status: 'done', rows: 200, total: 200 });
    expect(target.state.closed).toBe(true);
  });
});
