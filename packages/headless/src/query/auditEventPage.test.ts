import { describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { clientAs, listsWithoutTotal, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { defaultAuditQuery, type AuditQuery } from './AuditQuery.ts';
import { auditEventPage } from './auditEventPage.ts';
import { toListParams } from './toListParams.ts';

const server = setupMockBackend(600);
const seen = recordRequests(server);

/** Every event of `query`, in its order, read page by page as the log does. */
async function allEvents(client: AuditClient, query: AuditQuery, legacy: boolean) {
  const events = [];
  for (let page = 0; ; page++) {
    const params = toListParams({ ...query, page, pageSize: 200 }, new Date());
    const { data } = await client[legacy ? 'listLegacy' : 'list'](params);
    events.push(...data);
    if (data.length < 200) return events;
  }
}

const queries: [string, AuditQuery, boolean][] = [
  ['newest first', { ...defaultAuditQuery, pageSize: 20 }, false],
  [
    'oldest first',
    { ...defaultAuditQuery, pageSize: 50, sort: { column: 'createdAt', direction: 'asc' } },
    false,
  ],
  [
    'newest first within a range, filtered by severity on the legacy list',
    {
      ...defaultAuditQuery,
      pageSize: 20,
      time: { from: '2026-01-01T00:00:00.000Z' },
      filters: { severity: ['Info', 'High'] },
    },
    true,
  ],
];

describe('auditEventPage', () => {
  it.each(queries)('gives the page each event is on (%s)', async (_name, query, legacy) => {
    const client = clientAs();
    const events = await allEvents(client, query, legacy);
    expect(events.length).toBeGreaterThan(100);
    // The first and last of the list, and events spread through it.
    for (const index of [0, 1, 19, 20, 21, 57, 99, 100, events.length - 1]) {
      const page = await auditEventPage(client, query, events[index]!.createdAt, { legacy });
      expect([index, page]).toEqual([index, Math.floor(index / query.pageSize)]);
    }
  });

  it('asks one list of one event, with the query’s filters and search', async () => {
    const client = clientAs();
    const filtered: AuditQuery = { ...defaultAuditQuery, filters: { severity: ['Info'] } };
    const action = String((await allEvents(client, filtered, true))[3]!.action);
    const query: AuditQuery = { ...filtered, search: action };
    const [event] = await allEvents(client, query, true);
    seen.length = 0;
    await auditEventPage(client, query, event!.createdAt, { legacy: true });
    expect(seen).toHaveLength(1);
    const params = new URL(seen[0]!.url).searchParams;
    expect(params.get('count')).toBe('1');
    expect(params.get('offset')).toBe('0');
    expect(params.get('filter')).toBe(action.toLowerCase());
    expect(params.get('severity')).toBe('Info');
    // Strictly after it (the legacy list's bounds are strict: one millisecond outside the inclusive one).
    expect(JSON.parse(params.get('createdAt')!)).toEqual({
      $gt: new Date(auditTimeMs(event!.createdAt)!).toISOString(),
    });
  });

  it('is the first page, without asking, when the log is sorted by another column or the time is unreadable', async () => {
    const client = clientAs();
    const bySeverity: AuditQuery = { ...defaultAuditQuery, sort: { column: 'severity', direction: 'asc' } };
    expect(await auditEventPage(client, bySeverity, '2026-05-01 10:00:00.000')).toBe(0);
    expect(await auditEventPage(client, defaultAuditQuery, 'yesterday')).toBe(0);
    expect(await auditEventPage(client, defaultAuditQuery, undefined)).toBe(0);
    expect(seen).toHaveLength(0);
  });

  it('is the first page, without asking, for an event on the near end of the range or past it', async () => {
    const client = clientAs();
    const at = '2026-05-01T10:00:00.000Z';
    const newestFirst: AuditQuery = { ...defaultAuditQuery, time: { to: at } };
    const oldestFirst: AuditQuery = {
      ...defaultAuditQuery,
      time: { from: at },
      sort: { column: 'createdAt', direction: 'asc' },
    };
    // The range's first event, newest first: the one at its end (a server answers from after to with a 400).
    expect(await auditEventPage(client, newestFirst, at)).toBe(0);
    expect(await auditEventPage(client, newestFirst, '2026-05-02T10:00:00.000Z')).toBe(0);
    expect(await auditEventPage(client, oldestFirst, at)).toBe(0);
    expect(await auditEventPage(client, oldestFirst, '2026-04-30T10:00:00.000Z')).toBe(0);
    expect(seen).toHaveLength(0);
  });

  it('is the first page when the server gives no count', async () => {
    listsWithoutTotal(server);
    const client = clientAs();
    const events = await allEvents(client, defaultAuditQuery, false);
    expect(await auditEventPage(client, defaultAuditQuery, events[150]!.createdAt)).toBe(0);
  });

  it('fails as the list does when the request fails', async () => {
    server.api.setScenario({ status: { '*': 503 } });
    await expect(auditEventPage(clientAs(), defaultAuditQuery, '2026-05-01 10:00:00.000')).rejects.toThrow();
  });
});
