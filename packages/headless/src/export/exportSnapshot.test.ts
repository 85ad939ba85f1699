import { createMockAuditApi, type MockAuditApi } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// The server stamps events with its own clock. When it is ahead of this one, the table (which sends no bound)
// shows events "from the future"; a snapshot pinned to this clock alone left them out of the file, reported done.

const day = 86_400_000;

/** What a test does around each request: `before` it reaches the mock, and to its answer (`after`). */
interface RequestHooks {
  before?: (url: URL, client: ReturnType<typeof clientAs>) => Promise<void>;
  after?: (url: URL, response: Response) => Promise<Response>;
}

/** A client on `api` through its `fetch` option, recording every URL it asks for. */
function clientOn(api: MockAuditApi, { before, after }: RequestHooks = {}) {
  const sent: URL[] = [];
  const client = clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      sent.push(url);
      await before?.(url, client);
      const response = (await api.handle(request)) ?? new Response('not the API', { status: 404 });
      return after ? after(url, response) : response;
    },
  });
  return { client, sent };
}

async function exportOn(
  api: MockAuditApi,
  options: Partial<DownloadAuditCsvOptions> = {},
  hooks: RequestHooks = {},
) {
  const { client, sent } = clientOn(api, hooks);
  const target = memoryTarget();
  const result = await downloadAuditCsv({
    client,
    query: defaultAuditQuery,
    columns: exportColumns,
    target: target.stream,
    format: 'csv-plain',
    ...options,
  });
  return { result, sent, target };
}

describe('export snapshot with the server clock ahead of this one', () => {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 900, now: new Date(Date.now() + 2 * day) });

  it.each(['paged', 'stream', 'jsonl'] as const)(
    'exports every event the table shows (%s), with no request more for it',
    async (way) => {
      const { client } = clientOn(api);
      const table = await client.list({ count: 20, offset: 0 });
      expect(table.total).toBe(900);
      const newest = auditTimeMs(table.data[0]!.createdAt)!;
      expect(newest).toBeGreaterThan(Date.now() + day);
      const { result, sent } = await exportOn(api, way === 'jsonl' ? { format: 'jsonl' } : { strategy: way });
      expect(result).toMatchObject({ status: 'done', rows: 900, total: 900 });
      // One list request before the rows (the newest event, whose total is the count), as the count was before;
      // then the list pages of JSON Lines, and the count again after the last page of a paged way.
      const lists = sent.filter((url) => /^\/audits(\/resources\/audits\/v2)?$/.test(url.pathname));
      expect(lists.length).toBe({ stream: 1, paged: 2, jsonl: 1 + Math.ceil(900 / 200) + 1 }[way]);
      expect(lists[0]!.searchParams.get('count')).toBe('1');
      expect(lists[0]!.searchParams.get('sortBy')).toBe('createdAt');
      // Pinned just after the newest event, on every request of the rows.
      if (way === 'paged') {
        const pages = sent.filter((url) => url.pathname.endsWith('/v2/export/csv'));
        for (const page of pages)
          expect(page.searchParams.get('created_to')).toBe(new Date(newest + 1).toISOString());
      }
    },
  );

  it("keeps to the query's own end when it is later than this clock's now but before the newest event", async () => {
    const { client } = clientOn(api);
    const to = new Date(Date.now() + day).toISOString();
    const before = await client.list({ count: 1, offset: 0, createdTo: to });
    const expected = before.total;
    expect(expected).toBeLessThan(900);
    // Pinned just after the newest event up to `to` (nothing later can arrive under it to shift pages).
    const pin = new Date(auditTimeMs(before.data[0]!.createdAt)! + 1).toISOString();
    const query: AuditQuery = { ...defaultAuditQuery, time: { to } };
    const { result, sent } = await exportOn(api, { query, strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: expected, total: expected });
    const pages = sent.filter((url) => url.pathname.endsWith('/v2/export/csv'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.searchParams.get('created_to')).toBe(pin);
  });

  it('keeps to the snapshot time the caller gives (`now`)', async () => {
    const now = new Date();
    const { client } = clientOn(api);
    const expected = (await client.list({ count: 1, offset: 0, createdTo: now.toISOString() })).total;
    const { result } = await exportOn(api, { now, strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: expected, total: expected });
    expect(expected).toBeLessThan(900);
  });
});

describe('export snapshot with the server clock behind this one', () => {
  // A preset ("Last 90 days") ends at this clock's now too: that end is in the server's future, so it is moved
  // to just after the newest event as an open end is, or the late event lands inside it and the export fails.
  it.each([
    ['no time range', 'paged'],
    ['no time range', 'jsonl'],
    ['the last 90 days', 'paged'],
    ['the last 90 days', 'jsonl'],
  ] as const)(
    'pins just after the newest event (%s, %s), so events the server stamps during the export stay out of it',
    async (range, way) => {
      const api = createMockAuditApi({
        seed: 7,
        eventsPerTenant: 900,
        now: new Date(Date.now() - 3_600_000),
      });
      const query: AuditQuery =
        range === 'no time range' ? defaultAuditQuery : { ...defaultAuditQuery, time: { preset: '90d' } };
      const newest = auditTimeMs(
        (await clientOn(api).client.list({ count: 1, offset: 0 })).data[0]!.createdAt,
      )!;
      let late = false;
      // Mid-export, the server records an event: stamped by its clock, an hour behind this one.
      const before: RequestHooks['before'] = async (url, client) => {
        if (late || url.searchParams.get('offset') !== '398') return;
        late = true;
        await client.create({ severity: 'High', action: 'Late' });
      };
      const options: Partial<DownloadAuditCsvOptions> =
        way === 'jsonl' ? { query, format: 'jsonl' } : { query, strategy: 'paged' };
      const { result, sent, target } = await exportOn(api, options, { before });
      expect(late).toBe(true);
      // Every event, or the half of them in the last 90 days: more than two pages, so the late one shifted a page.
      const expected = range === 'no time range' ? 900 : 450;
      expect(result).toMatchObject({ status: 'done', rows: expected, total: expected });
      // The file holds the snapshot's rows, and not the event recorded during the export.
      const text = target.text();
      expect(text).not.toContain('Late');
      if (way === 'jsonl') expect(text.trimEnd().split('\n')).toHaveLength(expected);
      else expect(rowTimes(text)).toHaveLength(expected);
      const rows = sent.filter((url) =>
        /\/v2\/export\/csv$|\/audits(\/resources\/audits\/v2)?$/.test(url.pathname),
      );
      for (const page of rows.filter((url) => url.searchParams.get('offset') === '398'))
        expect(page.searchParams.get('created_to')).toBe(new Date(newest + 1).toISOString());
    },
  );

  it('keeps its own now when the newest event is too late to write as a bound (year 9999)', async () => {
    const api = createMockAuditApi({ seed: 7, eventsPerTenant: 300 });
    // An odd server answer: its newest event dated at the very end of year 9999.
    const after: RequestHooks['after'] = async (url, response) => {
      if (url.searchParams.get('count') !== '1' || url.searchParams.get('sortBy') !== 'createdAt')
        return response;
      const body = (await response.json()) as { data: Array<Record<string, unknown>>; total: number };
      body.data[0]!.createdAt = '9999-12-31 23:59:59.999';
      return Response.json(body);
    };
    const now = Date.now();
    const { result, sent } = await exportOn(api, { strategy: 'paged' }, { after });
    expect(result).toMatchObject({ status: 'done', rows: 300 });
    const pages = sent.filter((url) => url.pathname.endsWith('/v2/export/csv'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const to = Date.parse(page.searchParams.get('created_to') ?? '');
      expect(to).toBeGreaterThanOrEqual(now);
      expect(to).toBeLessThan(now + 60_000);
    }
  });
});

/**
 * The last time the end a file name states covers (its `<to>` part is to the minute), or `undefined` when the
 * name states no end.
 */
function namedEnd(fileName: string): number | undefined {
  const match = /_(\d{4}-\d\d-\d\d)T(\d\d)(\d\d)Z_[^_]+\.(csv|jsonl)$/.exec(fileName);
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`) + 59_999 : undefined;
}

/** The time of every row of a plain CSV whose first column is `createdAt`. */
function rowTimes(csv: string): number[] {
  return [...csv.matchAll(/^(\d{4}-\d\d-\d\d[ T][\d:.]+Z?)[,\r\n]/gm)].map((match) => auditTimeMs(match[1])!);
}

describe('export file name with the server clock ahead of this one', () => {
  // Ten minutes ahead: the newest events the table shows are stamped after this clock's now.
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 900, now: new Date(Date.now() + 600_000) });

  it('states no end before a row the file holds, and the file keeps the newest rows', async () => {
    const started = Date.now();
    // Just recorded: stamped by the server's clock, ten minutes after this one's now.
    await clientOn(api).client.create({ severity: 'Info', action: 'Just now' });
    const { result, target } = await exportOn(api, { strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: 901 });
    const times = rowTimes(target.text());
    expect(times).toHaveLength(901);
    expect(Math.max(...times)).toBeGreaterThan(started + 60_000);
    const end = namedEnd(result.fileName);
    if (end !== undefined) for (const time of times) expect(time).toBeLessThanOrEqual(end);
    // No end is known when the picker opens: the name says when the export was taken, not a bound.
    expect(result.fileName).toMatch(/^audit-log_start_taken-\d{4}-\d\d-\d\dT\d{4}Z_UTC\.csv$/);
  });

  it("states no end, but when it was taken, for a query whose own end is later than this clock's now", async () => {
    const to = new Date(Date.now() + 300_000).toISOString();
    const query: AuditQuery = { ...defaultAuditQuery, time: { to } };
    const { result, target } = await exportOn(api, { query, strategy: 'paged' });
    expect(result.status).toBe('done');
    // The rows may run past this clock's now (up to the query's end, by the server's clock): no end is named.
    expect(namedEnd(result.fileName)).toBeUndefined();
    expect(result.fileName).toMatch(/^audit-log_start_taken-\d{4}-\d\d-\d\dT\d{4}Z_UTC\.csv$/);
    const times = rowTimes(target.text());
    expect(times.length).toBe(result.rows);
    for (const time of times) expect(time).toBeLessThanOrEqual(Date.parse(to));
  });
});
