import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  BASE_URL,
  TENANT_A,
  clientAs,
  demoIdentities,
  listClientAs,
  recordRequests,
  setupMockBackend,
  tokenOf,
} from '../test-utils/mockBackend.ts';
import { legacyListIgnoringRangeEnd } from '../test-utils/legacyListIgnoringRangeEnd.ts';
import { AuditApiError } from './AuditApiError.ts';
import { createAuditListClient } from './createAuditListClient.ts';
import { auditTimeMs } from './parseAuditTime.ts';
import { defaultAuditColumns } from './defaultAuditColumns.ts';

const server = setupMockBackend();
const requests = recordRequests(server);

describe('createAuditListClient', () => {
  it('lists the signed-in tenant’s events from the v2 list', async () => {
    const page = await listClientAs().list({ count: 20, offset: 0 });
    expect(page.data).toHaveLength(20);
    expect(new Set(page.data.map((event) => event.tenantId))).toEqual(new Set([TENANT_A]));
    expect(new URL(requests.at(-1)!.url).pathname).toBe('/audits/resources/audits/v2');
  });

  it('plans a column filter against the metadata and sends it to the legacy list, as the full client does', async () => {
    const params = { count: 50, offset: 0, filters: { severity: ['High'] } };
    const page = await listClientAs().list(params);
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((event) => event.severity === 'High')).toBe(true);
    const sent = requests.map((request) => new URL(request.url).pathname);
    expect(sent).toEqual(['/metadata', '/audits']);
    const full = await clientAs().list(params);
    expect(full).toEqual(page);
  });

  it('judges an email filter on the legacy list by the metadata, as any column there, and leaves out what it cannot filter', async () => {
    // A tenant whose metadata says its email column cannot be filtered.
    const properties = defaultAuditColumns.map((column) =>
      column.name === 'email' ? { ...column, filterable: false } : column,
    );
    server.use(
      http.get('*/metadata', () => HttpResponse.json({ rows: [{ entityName: 'audits', properties }] })),
    );
    const params = { count: 20, offset: 0, filters: { email: ['ada@acme.test'] } };
    const plan = await listClientAs().planRequest(params, 'list');
    // Both lists to choose from: v2 takes email as its own parameter, whatever the metadata says.
    expect(plan).toMatchObject({ endpoint: 'list', unapplied: [] });
    await listClientAs().listLegacy(params);
    const sent = requests.map((request) => new URL(request.url));
    expect(sent.map((url) => url.pathname)).toEqual(['/metadata', '/audits']);
    expect(sent.at(-1)!.searchParams.has('email')).toBe(false);
  });

  it('says the time range is not applied when the legacy list answers with events outside it, and keeps them', async () => {
    // Only `$gt` of the legacy list's `createdAt` is seen read (frontegg-react's getFilterTime): a service that
    // ignores `$lt` answered events after the range as if in it.
    const [newest] = (await listClientAs().listLegacy({ count: 1, offset: 0 })).data;
    const range = {
      createdFrom: '2000-01-01T00:00:00.000Z',
      createdTo: new Date(auditTimeMs(newest!.createdAt)! - 1).toISOString(),
    };
    const params = { count: 20, offset: 0, ...range };
    // A list that applies it says nothing.
    expect((await listClientAs().listLegacy(params)).unapplied).toBeUndefined();
    server.use(legacyListIgnoringRangeEnd(server.api));
    const ignoredRange = [{ kind: 'time', column: 'createdAt', values: [], reason: 'ignored-by-api' }];
    for (const client of [listClientAs(), clientAs()]) {
      const page = await client.listLegacy(params);
      expect(page.data[0]!.frontegg_id).toBe(newest!.frontegg_id);
      expect(page.unapplied).toEqual(ignoredRange);
      // A column filter's request goes there too, and is judged alike.
      const filters = { severity: [newest!.severity!] };
      expect((await client.list({ ...params, filters })).unapplied).toEqual(ignoredRange);
    }
    // The v2 list takes the range as its own parameters, and is not judged.
    expect((await listClientAs().list(params)).unapplied).toBeUndefined();
  });

  it('sends a column filter’s request before returning once the metadata is in, so a change’s request leaves first', async () => {
    const token = await tokenOf(demoIdentities.tenantAAdmin);
    const called: string[] = [];
    const client = createAuditListClient({
      baseUrl: BASE_URL,
      getToken: () => token,
      fetch: (input, init) => {
        called.push(new URL(String(input)).pathname);
        return fetch(input, init);
      },
    });
    const params = { count: 5, offset: 0, filters: { severity: ['High'] } };
    // Before the metadata is in, the request waits for it.
    const first = client.list(params);
    expect(called).toEqual(['/metadata']);
    await first;
    called.length = 0;
    const second = client.list({ ...params, filters: { severity: ['Critical'] } });
    expect(called).toEqual(['/audits']);
    const { data } = await second;
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((event) => event.severity === 'Critical')).toBe(true);
  });

  it('asks for the column metadata once when a column filter’s list and the columns are asked together', async () => {
    const client = listClientAs();
    const metadata = () => requests.filter((request) => new URL(request.url).pathname === '/metadata');
    // The log's first load with a severity filter: the list's plan needs the metadata, and the columns are asked
    // right after; both wait for the one request.
    const [page, columns] = await Promise.all([
      client.list({ count: 20, offset: 0, filters: { severity: ['High'] } }),
      client.columns(),
    ]);
    expect(page.data.every((event) => event.severity === 'High')).toBe(true);
    expect(columns.map((column) => column.name)).toContain('severity');
    expect(metadata()).toHaveLength(1);

    // One caller's abort fails its own call alone, not the request the others wait for.
    const controller = new AbortController();
    const aborted = client.columns({ signal: controller.signal });
    const other = client.columns();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ kind: 'aborted' });
    await expect(other).resolves.toEqual(columns);
    // An answer that is in is not reused by columns(): asking again asks the API (a refetch).
    expect(metadata()).toHaveLength(2);
    await client.columns();
    expect(metadata()).toHaveLength(3);
  });

  it('answers planRequest, listLegacy and columns, and has no method beyond listing', async () => {
    const client = listClientAs();
    await expect(client.planRequest({ filters: { action: ['User logged in'] } })).resolves.toMatchObject({
      endpoint: 'legacyList',
    });
    expect((await client.listLegacy({ count: 5, offset: 0 })).data).toHaveLength(5);
    expect((await client.columns()).map((column) => column.name)).toContain('severity');
    expect(Object.keys(client).sort()).toEqual(
      ['baseUrl', 'cacheScope', 'columns', 'list', 'listLegacy', 'planRequest', 'tenantId'].sort(),
    );
  });

  it('rejects a bad token as the full client does, with an AuditApiError', async () => {
    const client = createAuditListClient({ baseUrl: BASE_URL, getToken: () => 'not-a-token' });
    const error = await client.list({ count: 5, offset: 0 }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuditApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401 });
  });

  it('names itself when its options are wrong', () => {
    // @ts-expect-error: a caller without types forgets getToken
    expect(() => createAuditListClient({ baseUrl: '/frontegg' })).toThrow(
      /createAuditListClient needs `getToken`/,
    );
  });
});

describe('createAuditListClient: failures', () => {
  it('codes its own failures as the full client does: an API it cannot reach is unreachable', async () => {
    const client = createAuditListClient({
      baseUrl: BASE_URL,
      getToken: () => 'token',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await client.list({ count: 5, offset: 0 }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuditApiError);
    expect(error).toMatchObject({ kind: 'network', code: 'unreachable' });
  });
});
