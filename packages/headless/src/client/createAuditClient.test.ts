import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BASE_URL,
  TENANT_A,
  TENANT_B,
  clientAs,
  demoIdentities,
  listClientAs,
  recordRequests,
  tokenOf,
  setupMockBackend,
} from '../test-utils/mockBackend.ts';
import { AuditApiError, isAuditApiError } from './AuditApiError.ts';
import type { AuditEventInput } from './auditTypes.ts';
import { createAuditClient } from './createAuditClient.ts';

const server = setupMockBackend();
const requests = recordRequests(server);

async function failure(promise: Promise<unknown>): Promise<AuditApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuditApiError);
  return error as AuditApiError;
}

describe('createAuditClient: calls', () => {
  it('lists a page of the signed-in tenant with the total of all matches', async () => {
    const page = await clientAs().list({ count: 20, offset: 0 });
    expect(page.data).toHaveLength(20);
    expect(page.total).toBeGreaterThan(20);
    expect(new Set(page.data.map((event) => event.tenantId))).toEqual(new Set([TENANT_A]));
    const sorted = [...page.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(page.data.map((event) => event.frontegg_id)).toEqual(sorted.map((event) => event.frontegg_id));
  });

  it('keeps the query on browsers whose URLSearchParams has no size (Safari < 17, Chrome < 113)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size');
    // The old browser is simulated by removing the getter; the finally puts it back.
    delete (URLSearchParams.prototype as { size?: number }).size;
    try {
      const page = await clientAs().list({ count: 7, offset: 0, filters: { severity: ['Critical'] } });
      const url = new URL(requests.at(-1)!.url);
      expect(url.searchParams.get('count')).toBe('7');
      expect(url.searchParams.getAll('severity').join()).toContain('Critical');
      expect(page.data.length).toBeGreaterThan(0);
      expect(page.data.every((event) => event.severity === 'Critical')).toBe(true);
    } finally {
      if (descriptor) Object.defineProperty(URLSearchParams.prototype, 'size', descriptor);
    }
  });

  it('never sends a sort the API would refuse (a link may name any): the list answers newest first, saying the sort was left out', async () => {
    const client = clientAs();
    for (const name of ['zzz', 'constructor']) {
      const page = await client.list({ count: 5, offset: 0, sortBy: name, sortDirection: 'asc' });
      expect(page.data, name).toHaveLength(5);
      expect(new URL(requests.at(-1)!.url).searchParams.get('sortBy'), name).toBe('createdAt');
      const plan = await client.planRequest({ count: 5, offset: 0, sortBy: name }, 'list');
      expect(plan.unapplied, name).toEqual([
        { kind: 'sort', column: name, values: [], reason: 'invalid-sort' },
      ]);
    }
    await client.list({ count: 5, offset: 0, sortBy: 'action', sortDirection: 'asc' });
    expect(new URL(requests.at(-1)!.url).searchParams.get('sortBy')).toBe('action');
  });

  it('pages by offset without overlap', async () => {
    const client = clientAs();
    const first = await client.list({ count: 50, offset: 0 });
    const second = await client.list({ count: 50, offset: 50 });
    const ids = new Set(first.data.map((event) => event.frontegg_id));
    expect(second.data.some((event) => ids.has(event.frontegg_id))).toBe(false);
    expect(second.total).toBe(first.total);
  });

  it('sends a column filter to the legacy list, its values as JSON array text, and filters by them', async () => {
    const page = await clientAs().list({
      count: 200,
      offset: 0,
      filters: { severity: ['High', 'Critical'] },
    });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((event) => event.severity === 'High' || event.severity === 'Critical')).toBe(true);
    const url = new URL(requests.at(-1)!.url);
    expect(url.pathname).toBe('/audits');
    expect(url.searchParams.getAll('severity')).toEqual(['["High","Critical"]']);
  });

  it('sends several emails and users to the v2 list as repeated keys, and the strict mock filters by them', async () => {
    const emails = ['ada@acme.test', 'grace@acme.test'];
    const page = await clientAs().list({ count: 200, offset: 0, filters: { email: emails } });
    const url = new URL(requests.at(-1)!.url);
    expect(url.pathname).toBe('/audits/resources/audits/v2');
    expect(url.searchParams.getAll('email')).toEqual(emails);
    expect(page.total).toBeGreaterThan(0);
    expect(page.data.every((event) => emails.includes(event.email ?? ''))).toBe(true);
    expect(new Set(page.data.map((event) => event.email))).toEqual(new Set(emails));
    const users = await clientAs().list({
      count: 200,
      offset: 0,
      filters: { users: ['user-acme-ada', 'user-acme-linus'] },
    });
    expect(new URL(requests.at(-1)!.url).searchParams.getAll('users')).toEqual([
      'user-acme-ada',
      'user-acme-linus',
    ]);
    expect(new Set(users.data.map((event) => event.userId))).toEqual(
      new Set(['user-acme-ada', 'user-acme-linus']),
    );
  });

  it('sends the time range and honours it', async () => {
    const all = await clientAs().list({ count: 1, offset: 0, sortDirection: 'asc' });
    const oldest = all.data[0]!.createdAt;
    const to = new Date(Date.parse(oldest) + 3 * 86_400_000).toISOString();
    const page = await clientAs().list({ count: 200, offset: 0, createdFrom: oldest, createdTo: to });
    expect(page.total).toBeLessThan(all.total);
    expect(page.data.every((event) => event.createdAt >= oldest && event.createdAt <= to)).toBe(true);
    expect(new URL(requests.at(-1)!.url).searchParams.get('created_to')).toBe(to);
  });

  it('lists through the legacy endpoint with the createdAt JSON filter', async () => {
    const recent = await clientAs().list({ count: 5, offset: 0 });
    const from = recent.data[4]!.createdAt;
    const legacy = await clientAs().listLegacy({ count: 20, offset: 0, createdFrom: from });
    expect(legacy.data.map((event) => event.frontegg_id)).toEqual(
      recent.data.map((event) => event.frontegg_id),
    );
    const url = new URL(requests.at(-1)!.url);
    expect(url.pathname).toBe('/audits');
    expect(JSON.parse(url.searchParams.get('createdAt')!)).toEqual({
      $gt: new Date(Date.parse(from) - 1).toISOString(),
    });
  });

  it('reads column metadata, stats and IP locations', async () => {
    const client = clientAs();
    const columns = await client.columns();
    expect(columns.map((column) => column.name)).toEqual(
      expect.arrayContaining(['createdAt', 'email', 'action']),
    );
    const stats = await client.stats();
    expect(stats.totalToday).toBeGreaterThanOrEqual(0);
    expect(stats.severeThisWeek).toBeGreaterThanOrEqual(0);
    const location = await client.lookupIp('81.2.69.142');
    expect(location.ip).toBe('81.2.69.142');
  });

  it('plans a column filter on the default columns when the metadata endpoint is missing, as sent when it fails', async () => {
    const filters = { region: ['eu'], action: ['User logged in'] };
    // 404: no metadata endpoint on this service, so Frontegg's default set judges the filters; it has no region.
    server.use(http.get('*/metadata', () => HttpResponse.json({ errors: ['Not found'] }, { status: 404 })));
    const missing = await clientAs().planRequest({ filters });
    expect(missing.unapplied).toEqual([
      expect.objectContaining({ column: 'region', reason: 'unknown-column' }),
    ]);
    // Any other failure: the filters are sent as they are, nothing is dropped on a guess.
    server.resetHandlers();
    server.api.setScenario({ status: { metadata: 500 } });
    const failed = await clientAs().planRequest({ filters });
    expect(failed.unapplied).toEqual([]);
    expect(failed.endpoint).toBe('legacyList');
  });

  it('plans a legacy log’s export held to the legacy endpoints, as its export dialog does: users are filtered by email there', async () => {
    const filters = { users: ['u-1'] };
    const held = await clientAs().planRequest({ filters }, 'exportStream', { endpoints: ['legacyExport'] });
    expect(held).toMatchObject({ endpoint: 'legacyExport', path: '/audits/export/csv/v2' });
    expect(held.unapplied).toEqual([
      { kind: 'filter', column: 'users', values: ['u-1'], reason: 'legacy-cannot-filter' },
    ]);
    // A v2 log's stream export leaves users out for the other filters, as its table says: a conflict.
    const free = await clientAs().planRequest(
      { filters: { ...filters, severity: ['High'] } },
      'exportStream',
    );
    expect(free.unapplied).toEqual([
      { kind: 'filter', column: 'users', values: ['u-1'], reason: 'conflict' },
    ]);
    // The list client plans alike; a list held to the legacy list says the same.
    const list = await listClientAs().planRequest({ filters }, 'list', { endpoints: ['legacyList'] });
    expect(list).toMatchObject({ endpoint: 'legacyList', unapplied: [{ reason: 'legacy-cannot-filter' }] });
  });

  it('creates an event that then leads the list', async () => {
    const client = clientAs();
    await client.create({ severity: 'High', action: 'Exported report', description: 'from the test' });
    const page = await client.list({ count: 1, offset: 0 });
    expect(page.data[0]).toMatchObject({ action: 'Exported report', severity: 'High', tenantId: TENANT_A });
  });

  it('streams the legacy export (offset=0, no count) and a v2 export page, header first', async () => {
    const client = clientAs();
    const properties = [
      { name: 'action', displayName: 'Action' },
      { name: 'severity', displayName: 'Severity' },
    ];
    const whole = await new Response(await client.exportCsv({ properties })).text();
    const streamed = new URL(requests.at(-1)!.url);
    expect(streamed.pathname).toBe('/audits/export/csv/v2');
    expect(streamed.searchParams.has('count')).toBe(false);
    expect(streamed.searchParams.get('offset')).toBe('0');
    const { total } = await client.list({ count: 1, offset: 0 });
    expect(whole.startsWith('Action,Severity\r\n')).toBe(true);
    expect(whole.trimEnd().split('\r\n')).toHaveLength(total + 1);
    const page = await new Response(await client.exportCsvPage({ properties, count: 10, offset: 0 })).text();
    expect(page.trimEnd().split('\r\n')).toHaveLength(11);
  });
});

describe('createAuditClient: auth, tenants and bases', () => {
  it('sends a token given with its scheme (`Bearer …`, as a header holds it) once, not `Bearer Bearer …`', async () => {
    const token = await tokenOf(demoIdentities.tenantAAdmin);
    for (const getToken of [() => `Bearer ${token}`, async () => `bearer  ${token}`]) {
      requests.length = 0;
      const client = createAuditClient({ baseUrl: BASE_URL, getToken });
      await expect(client.list({ count: 1, offset: 0 })).resolves.toMatchObject({
        total: expect.any(Number),
      });
      expect(requests.map((request) => request.headers.get('authorization'))).toEqual([`Bearer ${token}`]);
    }
  });

  it('refuses a host without its scheme, naming `baseUrl` and the fix; takes relative paths and any scheme', () => {
    const getToken = () => 'token';
    for (const baseUrl of [
      'api.frontegg.com',
      'app-x.frontegg.com/',
      ' localhost:3000 ',
      '127.0.0.1:4010/api',
    ])
      expect(() => createAuditClient({ baseUrl, getToken })).toThrow(
        `\`baseUrl\` "${baseUrl.trim()}" looks like a host without its scheme`,
      );
    for (const baseUrl of [
      '',
      '/frontegg',
      'frontegg/api',
      './api',
      '../api',
      'v1.2/api',
      '//api.frontegg.com',
      'https://api.frontegg.com/',
      'HTTP://127.0.0.1:4010',
      'capacitor://localhost/api',
    ])
      expect(() => createAuditClient({ baseUrl, getToken })).not.toThrow();
  });

  it('asks getToken on every call, and again on a 401, so a refreshed token is used at once', async () => {
    const getToken = vi
      .fn<() => Promise<string>>()
      .mockResolvedValueOnce('expired.or.bogus')
      .mockImplementation(() => tokenOf(demoIdentities.tenantAAdmin));
    const client = createAuditClient({ baseUrl: BASE_URL, getToken });
    // The expired token's 401 is not the answer: the host has a new token by then, and the call is sent again with
    // it (a laptop waking up: the focus refetch leaves before the host's refresh is done).
    await expect(client.list({ count: 1, offset: 0 })).resolves.toMatchObject({ total: expect.any(Number) });
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer expired.or.bogus',
      `Bearer ${await tokenOf(demoIdentities.tenantAAdmin)}`,
    ]);
    await expect(client.list({ count: 1, offset: 0 })).resolves.toMatchObject({ total: expect.any(Number) });
    expect(getToken).toHaveBeenCalledTimes(3);
  });

  it('sends a call refused 401 once more with the new token, and never with the same one', async () => {
    const sent: (string | null)[] = [];
    const fetchAs: typeof fetch = async (_input, init) => {
      const authorization = new Headers(init?.headers).get('authorization');
      sent.push(authorization);
      return authorization === 'Bearer fresh'
        ? Response.json({ data: [], total: 0 })
        : Response.json({ errors: ['Token expired'] }, { status: 401 });
    };
    const tokens = (...values: string[]) => {
      const getToken = vi.fn<() => string>();
      for (const value of values) getToken.mockReturnValueOnce(value);
      return getToken;
    };
    const refreshed = createAuditClient({
      baseUrl: BASE_URL,
      getToken: tokens('expired', 'fresh'),
      fetch: fetchAs,
    });
    await expect(refreshed.list({ count: 1, offset: 0 })).resolves.toEqual({ data: [], total: 0 });
    expect(sent).toEqual(['Bearer expired', 'Bearer fresh']);

    // No new token: the 401 stands after the one request (nothing loops).
    sent.length = 0;
    const stale = createAuditClient({
      baseUrl: BASE_URL,
      getToken: tokens('expired', 'expired'),
      fetch: fetchAs,
    });
    expect(await failure(stale.list({ count: 1, offset: 0 }))).toMatchObject({ status: 401 });
    expect(sent).toEqual(['Bearer expired']);

    // A new token refused too: one more request, not a third.
    sent.length = 0;
    const refused = createAuditClient({ baseUrl: BASE_URL, getToken: tokens('a', 'b', 'c'), fetch: fetchAs });
    expect(await failure(refused.stats())).toMatchObject({ status: 401 });
    expect(sent).toEqual(['Bearer a', 'Bearer b']);

    // An event created: a 401 means it was not, so it is sent again too (once).
    sent.length = 0;
    const creating = createAuditClient({
      baseUrl: BASE_URL,
      getToken: tokens('expired', 'fresh'),
      fetch: fetchAs,
    });
    await creating.create({ severity: 'Info', action: 'Signed in' });
    expect(sent).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('turns a failing getToken into a 401 the UI can show', async () => {
    const client = createAuditClient({
      baseUrl: BASE_URL,
      getToken: () => Promise.reject(new Error('refresh failed')),
    });
    expect(await failure(client.stats())).toMatchObject({ kind: 'http', status: 401 });
    expect(requests).toHaveLength(0);
  });

  it('accepts a synchronous getToken', async () => {
    const token = await tokenOf(demoIdentities.tenantAAdmin);
    await expect(
      createAuditClient({ baseUrl: BASE_URL, getToken: () => token }).stats(),
    ).resolves.toBeTruthy();
  });

  it('starts the request in the same task as the call when the token is at hand, and waits for a token promise', async () => {
    const token = await tokenOf(demoIdentities.tenantAAdmin);
    const seen: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push(new URL(String(input)).pathname);
      return fetch(input, init);
    };
    // The log's first requests leave while it renders only if nothing is awaited before fetch (PrefetchFirstPage).
    const now = createAuditClient({ baseUrl: BASE_URL, getToken: () => token, fetch: recordingFetch });
    const listed = now.list({ count: 5, offset: 0 });
    const legacy = now.listLegacy({ count: 5, offset: 0 });
    const stats = now.stats();
    expect(seen).toEqual(['/audits/resources/audits/v2', '/audits', '/audits/stats']);
    await Promise.all([listed, legacy, stats]);

    seen.length = 0;
    const later = createAuditClient({
      baseUrl: BASE_URL,
      getToken: async () => token,
      fetch: recordingFetch,
    });
    const page = later.list({ count: 5, offset: 0 });
    expect(seen).toEqual([]);
    await expect(page).resolves.toMatchObject({ total: expect.any(Number) });
    expect(seen).toEqual(['/audits/resources/audits/v2']);
  });

  it('turns a getToken that throws at once into a 401 too, never a synchronous throw', async () => {
    const client = createAuditClient({
      baseUrl: BASE_URL,
      getToken: () => {
        throw new Error('signed out');
      },
    });
    const listed = client.list({ count: 1, offset: 0 });
    expect(await failure(listed)).toMatchObject({ kind: 'http', status: 401 });
    expect(requests).toHaveLength(0);
  });

  it('never shows a user token another tenant', async () => {
    const page = await clientAs(demoIdentities.tenantBAdmin).list({ count: 200, offset: 0 });
    // Some rows, or `every` below holds for a user who sees nothing at all.
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((event) => event.tenantId === TENANT_B)).toBe(true);
    const spoofed = clientAs(demoIdentities.tenantBAdmin, { tenantId: TENANT_A });
    const error = await failure(spoofed.list({ count: 1, offset: 0 }));
    expect(error.status).toBe(403);
  });

  it('sends tenantId as frontegg-tenant-id for an environment token', async () => {
    const client = clientAs(demoIdentities.environment, { tenantId: TENANT_B });
    const page = await client.list({ count: 50, offset: 0 });
    expect(page.data.every((event) => event.tenantId === TENANT_B)).toBe(true);
    expect(requests.at(-1)!.headers.get('frontegg-tenant-id')).toBe(TENANT_B);
  });

  it('tolerates trailing slashes and a proxy prefix on the base', async () => {
    const client = clientAs(undefined, { baseUrl: `${BASE_URL}/frontegg///` });
    await client.list({ count: 1, offset: 0 });
    expect(new URL(requests.at(-1)!.url).pathname).toBe('/frontegg/audits/resources/audits/v2');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const client = clientAs(undefined, {
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await client.stats();
    expect(seen).toEqual([`${BASE_URL}/audits/stats`]);
  });

  it('adds the host headers', async () => {
    await clientAs(undefined, { headers: { 'x-request-source': 'portal' } }).stats();
    expect(requests.at(-1)!.headers.get('x-request-source')).toBe('portal');
  });

  it('explains a missing getToken', () => {
    expect(() => createAuditClient({ baseUrl: BASE_URL } as never)).toThrow(/needs `getToken`/);
  });
});

describe('createAuditClient: every failure is a typed AuditApiError', () => {
  it('401 without a token, with the server message and trace id', async () => {
    const error = await failure(createAuditClient({ baseUrl: BASE_URL, getToken: () => null }).stats());
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(error.messages[0]).toMatch(/Authorization/);
    expect(error.traceId).toBeTruthy();
  });

  it('403 without the read permission', async () => {
    const error = await failure(clientAs(demoIdentities.tenantAViewer).list({ count: 1, offset: 0 }));
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect(error.message).toMatch(/permission/i);
  });

  it('400 on bad parameters', async () => {
    const error = await failure(clientAs().list({ count: 201, offset: 0 }));
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(error.messages.join(' ')).toMatch(/count/);
  });

  it.each([429, 503] as const)('%i with Retry-After', async (status) => {
    server.api.setScenario({ status: { list: status }, retryAfterSeconds: 7 });
    const error = await failure(clientAs().list({ count: 1, offset: 0 }));
    expect(error).toMatchObject({ kind: 'http', status, retryAfter: 7 });
  });

  it.each([401, 403, 500] as const)('%i forced on stats', async (status) => {
    server.api.setScenario({ status: { stats: status } });
    expect(await failure(clientAs().stats())).toMatchObject({ kind: 'http', status });
  });

  it('404 and 413 with a non-JSON body keep the status', async () => {
    server.use(
      http.get('*/audits/stats', () => new HttpResponse('<html>not here</html>', { status: 404 })),
      http.post('*/audits', () => new HttpResponse(null, { status: 413, statusText: 'Payload Too Large' })),
    );
    expect(await failure(clientAs().stats())).toMatchObject({ kind: 'http', status: 404 });
    const tooLarge = await failure(clientAs().create({ severity: 'Info', blob: 'x'.repeat(70_000) }));
    expect(tooLarge).toMatchObject({ kind: 'http', status: 413 });
    expect(tooLarge.message).toMatch(/413/);
  });

  it('a malformed body is an error, never a crash', async () => {
    server.api.setScenario({ malformedJson: ['list'] });
    expect(await failure(clientAs().list({ count: 1, offset: 0 }))).toMatchObject({
      kind: 'malformed',
      status: 200,
    });
    server.use(http.get('*/audits/stats', () => HttpResponse.json({ totalToday: 'many' })));
    expect(await failure(clientAs().stats())).toMatchObject({ kind: 'malformed' });
    server.use(http.get('*/audits/resources/audits/v2', () => HttpResponse.json({ data: [7], total: 1 })));
    expect((await failure(clientAs().list({ count: 1, offset: 0 }))).message).toMatch(/not an object/);
  });

  it('keeps odd severities and IPs as strings and system events without a user', async () => {
    server.use(
      http.get('*/audits/resources/audits/v2', () =>
        HttpResponse.json({
          data: [
            {
              frontegg_id: 'e1',
              createdAt: '2026-01-01T00:00:00Z',
              severity: 7,
              ip: null,
              user: null,
              extra: { a: 1 },
            },
          ],
          total: 1,
        }),
      ),
    );
    const [event] = (await clientAs().list({ count: 1, offset: 0 })).data;
    expect(event).toEqual({
      frontegg_id: 'e1',
      createdAt: '2026-01-01T00:00:00Z',
      severity: '7',
      extra: { a: 1 },
    });
  });

  it('a network failure is kind network', async () => {
    server.use(http.get('*/audits/stats', () => HttpResponse.error()));
    const error = await failure(clientAs().stats());
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
  });

  it('an aborted call is kind aborted', async () => {
    server.api.setScenario({ latencyMs: 200 });
    const controller = new AbortController();
    const pending = clientAs().list({ count: 1, offset: 0 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' });
    expect(await failure(clientAs().stats({ signal: AbortSignal.abort() }))).toMatchObject({
      kind: 'aborted',
    });
  });

  it('a body over 8 KiB of query string is a 400 the UI can show', async () => {
    const error = await failure(clientAs().list({ count: 1, offset: 0, filter: 'x'.repeat(9000) }));
    expect(error.status).toBe(400);
  });
});

describe('createAuditClient: an event it cannot send', () => {
  const cyclic: Record<string, unknown> = { severity: 'Info', action: 'Linked' };
  cyclic.json = { self: cyclic };

  it.each([
    ['a BigInt', { severity: 'Info', action: 'Paid', json: { n: 1n } }, /JSON.*BigInt/i],
    ['a cycle', cyclic, /JSON/],
    ['a severity in the wrong case', { severity: 'info', action: 'Signed in' }, /"info".*Info, Medium/],
    ['no severity', { action: 'Signed in' }, /\(undefined\) is not one of/],
  ])('rejects %s as a typed AuditApiError, sending nothing', async (_, event, said) => {
    const error = await clientAs()
      .create(event as AuditEventInput)
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(isAuditApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'malformed', messages: [expect.stringMatching(said)] });
    expect(requests).toHaveLength(0);
  });
});

describe('createAuditClient: a code on every failure the library words itself, none on the server’s words', () => {
  /** A client whose `fetch` answers `answer` to every request. */
  const answering = (answer: () => Response | Promise<Response>) =>
    clientAs(undefined, { fetch: async () => answer() });
  /** A body that fails when it is read. */
  const breaking = () =>
    new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('connection reset')) });

  it('codes a failing getToken no-token, an unreachable API unreachable and a cancelled call cancelled', async () => {
    const signedOut = createAuditClient({
      baseUrl: BASE_URL,
      getToken: () => Promise.reject(new Error('x')),
    });
    expect(await failure(signedOut.stats())).toMatchObject({ kind: 'http', status: 401, code: 'no-token' });
    server.use(http.get('*/audits/stats', () => HttpResponse.error()));
    expect(await failure(clientAs().stats())).toMatchObject({ kind: 'network', code: 'unreachable' });
    expect(await failure(clientAs().stats({ signal: AbortSignal.abort() }))).toMatchObject({
      kind: 'aborted',
      code: 'cancelled',
    });
  });

  it('codes an answer that breaks off broke-off and one of another shape unexpected-answer', async () => {
    const brokeOff = await failure(answering(() => new Response(breaking())).stats());
    expect(brokeOff).toMatchObject({ kind: 'network', code: 'broke-off' });
    server.use(http.get('*/audits/stats', () => HttpResponse.json({ totalToday: 'many' })));
    expect(await failure(clientAs().stats())).toMatchObject({ kind: 'malformed', code: 'unexpected-answer' });
  });

  it('codes an error status without `errors` status, and leaves the server’s own `errors` uncoded, as sent', async () => {
    server.use(http.get('*/audits/stats', () => new HttpResponse('<html>busy</html>', { status: 503 })));
    const status = await failure(clientAs().stats());
    expect(status).toMatchObject({ kind: 'http', status: 503, code: 'status' });
    expect(status.detail).toBeUndefined();
    expect(status.messages).toEqual([status.message]);
    server.use(
      http.get('*/audits/stats', () => HttpResponse.json({ errors: ['Try later', 'Busy'] }, { status: 503 })),
    );
    const own = await failure(clientAs().stats());
    expect(own).toMatchObject({ kind: 'http', status: 503 });
    expect(own.code).toBeUndefined();
    expect(own.messages).toEqual(['Try later', 'Busy']);
  });

  it('codes an export answer without a body no-body', async () => {
    const client = answering(() => new Response(null, { status: 200 }));
    const error = await failure(
      client.exportCsv({ properties: [{ name: 'action', displayName: 'Action' }] }),
    );
    expect(error).toMatchObject({ kind: 'malformed', code: 'no-body' });
  });
});

describe('createAuditClient: a request that never answers', () => {
  // The time limit is a timer: every case here runs it out on fake timers instead of waiting for it.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /**
   * A client on a fetch that never answers (`body`: answers at once, then never ends its body), but stops when
   * aborted; `signals` holds each request's abort signal, in order.
   */
  function hangingClient({ body = false, timeoutMs }: { body?: boolean; timeoutMs?: number } = {}) {
    const signals: AbortSignal[] = [];
    const fetch: typeof globalThis.fetch = (_input, init) => {
      const signal = init!.signal!;
      signals.push(signal);
      const stopped = (fail: (reason: unknown) => void) =>
        signal.addEventListener('abort', () => fail(signal.reason), { once: true });
      if (body)
        return Promise.resolve(
          new Response(new ReadableStream({ start: (controller) => stopped((r) => controller.error(r)) })),
        );
      return new Promise((_, reject) => stopped(reject));
    };
    return {
      client: createAuditClient({ baseUrl: BASE_URL, getToken: () => 't', fetch, timeoutMs }),
      signals,
    };
  }

  it('fails as unreachable, a network failure the retry rule retries, after timeoutMs (30 s by default)', async () => {
    const { client, signals } = hangingClient();
    const listed = failure(client.list({ count: 20, offset: 0 }));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await listed).toMatchObject({ kind: 'network', code: 'unreachable' });
    expect(signals[0]!.aborted).toBe(true);

    // The metadata a column filter's plan waits for is limited too: the list then goes as planned without it,
    // and is limited in its turn.
    const filtered = failure(client.list({ count: 20, offset: 0, filters: { severity: ['High'] } }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await filtered).toMatchObject({ kind: 'network', code: 'unreachable' });

    // The answer's body counts too, and so does the option.
    const slowBody = hangingClient({ body: true, timeoutMs: 5_000 }).client;
    const stats = failure(slowBody.stats());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await stats).toMatchObject({ kind: 'network', code: 'unreachable' });
  });

  it('fails a create after timeoutMs too, saying the event may have been stored, sent once', async () => {
    const { client, signals } = hangingClient({ timeoutMs: 100 });
    const created = failure(client.create({ severity: 'Info', action: 'Rotated API key' }));
    await vi.advanceTimersByTimeAsync(100);
    const error = await created;
    expect(error).toMatchObject({ kind: 'network', code: 'unreachable' });
    expect(error.message).toMatch(/may have been stored/);
    expect(signals).toHaveLength(1);
  });

  it('stays a cancellation when the caller aborts first, and never times out an export stream', async () => {
    const { client, signals } = hangingClient({ body: true });
    const controller = new AbortController();
    const listed = failure(client.list({ count: 20, offset: 0 }, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort();
    expect(await listed).toMatchObject({ kind: 'aborted', code: 'cancelled' });

    // An export's CSV may take minutes: its stream is the caller's to stop, not the time limit's.
    const stream = await client.exportCsv(
      { properties: [{ name: 'action', displayName: 'Action' }] },
      { signal: new AbortController().signal },
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(signals.at(-1)!.aborted).toBe(false);
    await stream.cancel();
  });
});
