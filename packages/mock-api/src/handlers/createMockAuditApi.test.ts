import { describe, expect, it, vi } from 'vitest';
import { createDemoToken } from '../auth/createDemoToken.ts';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { demoTenants } from '../dataset/demoTenants.ts';
import { TEST_NOW, TEST_SEED, timeOf } from '../test/contractClient.ts';
import { createMockAuditApi, storedSize, type MockAuditApi } from './createMockAuditApi.ts';

// The mock serves one behaviour, the one Frontegg's published material shows. The transitional 'compat' mode
// (ISO times, column filters honoured on the v2 endpoints) was removed: nothing may pass against it any more.
describe('createMockAuditApi fidelity', () => {
  it("refuses the removed 'compat' mode with an error that says why, and any other value", () => {
    expect(() => createMockAuditApi({ fidelity: 'compat' as never })).toThrow(
      /fidelity must be 'frontegg' \('compat' was removed/,
    );
    expect(() => createMockAuditApi({ fidelity: 'strict' as never })).toThrow(/fidelity must be 'frontegg'$/);
  });

  it('writes times as Frontegg does and does not filter the v2 list by a column it does not document', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    expect(api.fidelity).toBe('frontegg');
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const get = async (search: string) => {
      const response = await api.handle(
        new Request(`https://api.example.test/audits/resources/audits/v2${search}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
      return response!;
    };
    const all = (await (await get('?count=50&offset=0')).json()) as { data: { createdAt: string }[] };
    expect(all.data).toHaveLength(50);
    expect(all.data[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
    // Lenient mode ignores what v2 does not take and says so; the old compat mode filtered by it.
    const bySeverity = await get('?count=50&offset=0&severity=Critical');
    expect(bySeverity.headers.get('x-mock-ignored-parameters')).toBe('severity');
    expect(((await bySeverity.json()) as { data: unknown[] }).data).toHaveLength(50);
  });

  // Frontegg's recorded `GET /audits?count=5` (python-sdk, tests/cassettes/test_get_audits.yaml) came in its store's
  // order, not newest first: a client that leaves the sort out must not get a newest-first page from the mock.
  it('answers the legacy list without a sortBy in store order (oldest first), and v2 newest first', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const times = async (path: string) => {
      const response = await api.handle(
        new Request(`https://api.example.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
      );
      const body = (await response!.json()) as { data: { createdAt: string }[] };
      return body.data.map((event) => event.createdAt);
    };
    const legacy = await times('/audits?count=10&offset=0');
    expect(legacy).toEqual([...legacy].sort());
    expect(legacy).toEqual(await times('/audits?count=10&offset=0&sortBy=createdAt&sortDirection=asc'));
    // A direction without a field names no order either.
    expect(await times('/audits?count=10&offset=0&sortDirection=desc')).toEqual(legacy);
    const newest = await times('/audits?count=10&offset=0&sortBy=createdAt');
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0]! > legacy.at(-1)!).toBe(true);
    expect(await times('/audits/resources/audits/v2?count=10&offset=0')).toEqual(newest);
  });
});

describe('createMockAuditApi lenient mode', () => {
  // A query parameter's name can hold what a header value cannot; setting the header with it raw threw, so one
  // odd name turned every endpoint into a 500. The name is ignored like any other, and reported percent-encoded.
  it('answers 200 to parameter names a header cannot hold, and reports them percent-encoded', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const names = ['€', 'a b', '\0', 'a\rb', 'x,y', '😀'];
    const odd = names.map((name) => `${encodeURIComponent(name)}=1`).join('&');
    for (const path of [
      `/audits/resources/audits/v2?count=5&offset=0&${odd}`,
      `/audits?count=5&offset=0&${odd}`,
      `/audits/stats?${odd}`,
      `/metadata?entityName=audits&${odd}`,
    ]) {
      const response = (await api.handle(
        new Request(`https://api.example.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
      ))!;
      expect(response.status, path).toBe(200);
      const header = response.headers.get('x-mock-ignored-parameters')!;
      expect(header).toBe('%E2%82%AC, a%20b, %00, a%0Db, x%2Cy, %F0%9F%98%80');
      expect(header.split(', ').map(decodeURIComponent)).toEqual(names);
    }
  });

  it('keeps the header short whatever the request sends, cutting names between characters', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const many = Array.from({ length: 10 }, (_, i) => `${encodeURIComponent('€'.repeat(30))}${i}=1`);
    const response = (await api.handle(
      new Request(`https://api.example.test/audits/stats?${many.join('&')}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    ))!;
    expect(response.status).toBe(200);
    const header = response.headers.get('x-mock-ignored-parameters')!;
    expect(header.length).toBeLessThanOrEqual(500);
    // Every name that is there decodes: no escape was cut in half.
    for (const name of header.split(', ')) expect(decodeURIComponent(name)).toMatch(/^€+$/);
  });
});

describe('createMockAuditApi tenant selection', () => {
  // The published document lists `tenant_ids` on the v2 endpoints and `tenantId` on the legacy ones only; the real
  // service would not narrow a list by the other one, so lenient mode ignores it (and says so) rather than
  // selecting tenants with it.
  it('narrows a list only by the tenant parameter its endpoint documents, and ignores the other one', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const env = await demoToken(demoIdentities.environment);
    const admin = await demoToken(demoIdentities.tenantAAdmin);
    const get = async (path: string, token = env) => {
      const response = (await api.handle(
        new Request(`https://api.example.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
      ))!;
      expect(response.status, path).toBe(200);
      const body = (await response.json()) as { data: { tenantId: string }[]; total: number };
      return {
        ignored: response.headers.get('x-mock-ignored-parameters'),
        total: body.total,
        tenants: new Set(body.data.map((e) => e.tenantId)),
      };
    };
    const everyTenant = new Set(api.dataset.tenants.map((t) => t.tenantId));
    for (const path of [
      '/audits/resources/audits/v2?count=200&offset=0&tenantId=tenant-globex',
      '/audits?count=200&offset=0&tenant_ids=tenant-globex',
    ]) {
      const answer = await get(path);
      expect(answer.ignored, path).toMatch(/^tenant(?:Id|_ids)$/);
      expect(answer.total, path).toBe(50 * everyTenant.size);
      expect(answer.tenants, path).toEqual(everyTenant);
    }
    // Where documented, the same parameter narrows.
    expect(
      (await get('/audits/resources/audits/v2?count=200&offset=0&tenant_ids=tenant-globex')).tenants,
    ).toEqual(new Set(['tenant-globex']));
    expect((await get('/audits?count=200&offset=0&tenantId=tenant-globex')).tenants).toEqual(
      new Set(['tenant-globex']),
    );
    // A user token's undocumented selector is ignored too: it still sees its own tenant, and only that.
    const own = await get('/audits/resources/audits/v2?count=200&offset=0&tenantId=tenant-globex', admin);
    expect(own.ignored).toBe('tenantId');
    expect(own.tenants).toEqual(new Set(['tenant-acme']));
  });
});

describe('createMockAuditApi tenants option', () => {
  const list = async (api: MockAuditApi, token: string, search = 'count=200&offset=0') => {
    const response = (await api.handle(
      new Request(`https://api.example.test/audits/resources/audits/v2?${search}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    ))!;
    expect(response.status).toBe(200);
    return (await response.json()) as { data: Record<string, string>[]; total: number };
  };
  const userOf = (tenantId: string) =>
    createDemoToken({ kind: 'user', tenantId, permissions: ['fe.secure.read.audits'] });

  // Only the three demo tenants had events (and any other tenant was a 404): a test signing tokens for its own
  // Frontegg tenant ids had no data to show.
  it('seeds events for other tenant ids, each with users of its own, leaving the demo tenants as they were', async () => {
    const options = { seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 40 };
    const api = createMockAuditApi({ ...options, tenants: [...demoTenants, 'tenant-mine'] });
    expect(api.dataset.tenants.map((t) => t.tenantId)).toEqual([
      ...demoTenants.map((t) => t.tenantId),
      'tenant-mine',
    ]);
    const mine = await list(api, await userOf('tenant-mine'));
    expect(mine.total).toBe(40);
    expect(new Set(mine.data.map((e) => e.tenantId))).toEqual(new Set(['tenant-mine']));
    const emails = mine.data.flatMap((e) => (e.email === undefined ? [] : [e.email]));
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => email.endsWith('@tenant-mine.test'))).toBe(true);
    // The demo tenants' events do not move when another tenant is seeded beside them.
    const admin = await demoToken(demoIdentities.tenantAAdmin);
    expect(await list(api, admin)).toEqual(await list(createMockAuditApi(options), admin));
    const env = await demoToken(demoIdentities.environment);
    expect((await list(api, env)).total).toBe(40 * 4);
  });

  it('seeds only the tenants listed, and takes whole tenants with their users', async () => {
    const api = createMockAuditApi({
      seed: TEST_SEED,
      now: TEST_NOW,
      eventsPerTenant: 30,
      tenants: [
        {
          tenantId: 'tenant-own',
          name: 'Own Ltd',
          region: 'eu-central-1',
          users: [{ userId: 'u-1', name: 'Una', email: 'una@own.test', homeIp: '192.0.2.1' }],
        },
      ],
    });
    const own = await list(api, await userOf('tenant-own'));
    expect(own.total).toBe(30);
    expect(new Set(own.data.flatMap((e) => (e.email === undefined ? [] : [e.email])))).toEqual(
      new Set(['una@own.test']),
    );
    expect(await list(api, await demoToken(demoIdentities.tenantAAdmin))).toEqual({ data: [], total: 0 });
  });

  it('refuses a tenants option it cannot seed, naming the entry', () => {
    expect(() => createMockAuditApi({ tenants: ['tenant-a', 'tenant-a'] })).toThrow(
      /tenant-a is listed twice/,
    );
    expect(() => createMockAuditApi({ tenants: [''] })).toThrow(/tenants\[0\] must be a tenant id/);
    expect(() => createMockAuditApi({ tenants: ['ok', ' padded'] })).toThrow(/tenants\[1\]/);
    expect(() => createMockAuditApi({ tenants: [{ tenantId: 'x' } as never] })).toThrow(/tenants\[0\]/);
    expect(() => createMockAuditApi({ tenants: 'tenant-a' as never })).toThrow(/tenants must be a list/);
  });
});

describe('createMockAuditApi large datasets', () => {
  // An environment token lists every tenant merged in time order. A page far into 3,000,000 events used to build
  // every event before it, one by one (seconds with the server blocked); it now builds the page only.
  it('answers a page far into every tenant building only that page, in the order a walk would reach', async () => {
    const size = 1_000_000;
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: size });
    const env = await demoToken(demoIdentities.environment);
    const tenants = api.dataset.tenants.map((t) => t.tenantId);
    const built = tenants.map((id) => vi.spyOn(api.dataset.series(id, size)!, 'eventAt'));
    type Page = { data: { frontegg_id: string; createdAt: string }[]; total: number };
    const page = async (search: string) =>
      (await (await api.handle(
        new Request(`https://api.example.test/audits/resources/audits/v2?count=200&${search}`, {
          headers: { authorization: `Bearer ${env}` },
        }),
      ))!.json()) as Page;
    for (const direction of ['desc', 'asc'] as const) {
      // The reference, from each tenant alone: the 200 events of the last page all lie in their own tenant's
      // last 200. A stable sort by time keeps equal times in tenant order, the merge's rule.
      const tails = [];
      for (const id of tenants)
        tails.push(...(await page(`offset=${size - 200}&sortDirection=${direction}&tenant_ids=${id}`)).data);
      const sign = direction === 'asc' ? 1 : -1;
      const expected = tails.sort((a, b) => sign * (timeOf(a.createdAt) - timeOf(b.createdAt))).slice(-200);
      for (const spy of built) spy.mockClear();
      const last = await page(`offset=${tenants.length * size - 200}&sortDirection=${direction}`);
      expect(
        built.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
        direction,
      ).toBe(200);
      expect(last.total).toBe(tenants.length * size);
      expect(
        last.data.map((e) => e.frontegg_id),
        direction,
      ).toEqual(expected.map((e) => e.frontegg_id));
    }
  });
});

/** A GET (no body) or a JSON POST through `api.handle`, as `token`. */
function caller(api: MockAuditApi, token: string) {
  return async (path: string, body?: string) =>
    (await api.handle(
      new Request(`https://api.example.test${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body }),
      }),
    ))!;
}

describe('createMockAuditApi create', () => {
  it('answers a 20,000-level json with a 400 through handle(), stores nothing, and keeps listing the tenant', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const created = await call('/audits', `{"severity":"Info","json":{"before":{"a":${deep}},"after":{}}}`);
    expect(created.status).toBe(400);
    expect(((await created.json()) as { errors: string[] }).errors.join(' ')).toMatch(/levels deep/);
    const page = await call('/audits/resources/audits/v2?count=20&offset=0');
    expect(page.status).toBe(200);
    expect(((await page.json()) as { total: number }).total).toBe(50);
  });

  it('holds created events up to createdEventsLimit, then answers 507 and stores nothing until reset', async () => {
    const api = createMockAuditApi({
      seed: TEST_SEED,
      now: TEST_NOW,
      eventsPerTenant: 50,
      createdEventsLimit: 3_000,
    });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    const total = async () =>
      ((await (await call('/audits/resources/audits/v2?count=1&offset=0')).json()) as { total: number })
        .total;
    const body = JSON.stringify({ severity: 'Info', action: 'Filled', description: 'x'.repeat(900) });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) statuses.push((await call('/audits', body)).status);
    // Each stored event's JSON (body, vendorId, id, tenant, time) is about 1,100 characters, with 7 properties and
    // one object about 1,400 charged: two fit in 3,000.
    expect(statuses).toEqual([202, 202, 507, 507]);
    const refused = await call('/audits', body);
    expect(await refused.json()).toEqual({
      errors: [expect.stringMatching(/at most 3000 characters of created events, all tenants together/)],
      errorCode: 'ER-AUDITS-INSUFFICIENT-STORAGE',
    });
    // One budget: another tenant is refused too.
    const globex = caller(api, await demoToken(demoIdentities.tenantBAdmin));
    expect((await globex('/audits', body)).status).toBe(507);
    expect(await total()).toBe(52);
    api.reset();
    expect(await total()).toBe(50);
    expect((await call('/audits', body)).status).toBe(202);
    expect(await total()).toBe(51);
  });

  it('creates after reset() exactly what a fresh api with the same options creates (id and time)', async () => {
    const options = { seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 5 };
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const body = JSON.stringify({ severity: 'Info', action: 'Filled', description: 'same' });
    const used = createMockAuditApi(options);
    const call = caller(used, token);
    for (let index = 0; index < 3; index++) expect((await call('/audits', body)).status).toBe(202);
    used.reset();
    const fresh = caller(createMockAuditApi(options), token);
    for (let index = 0; index < 2; index++) {
      const [afterReset, onFresh] = [await call('/audits', body), await fresh('/audits', body)];
      expect(await afterReset.json()).toEqual(await onFresh.json());
    }
  });

  it('keeps a created event newest and findable by its time when a fake clock is earlier than the data', async () => {
    // The api built at the real time (the default now), then a test's fake clock set back: the event was stamped
    // with the fake time, listed first but older than the events after it, so the binary-searched time range
    // around it and the stats missed it.
    const api = createMockAuditApi({ seed: TEST_SEED, eventsPerTenant: 50 });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime('2025-06-01T12:00Z');
      expect(Date.now()).toBeLessThan(api.dataset.now);
      // Signed under the fake clock, as such a test would (a token issued "later" is refused).
      const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
      const body = JSON.stringify({ severity: 'Info', action: 'Filled', description: 'under a fake clock' });
      const created = (await (await call('/audits', body)).json()) as {
        frontegg_id: string;
        createdAt: string;
      };
      const at = timeOf(created.createdAt);
      const list = async (query: string) =>
        (await (await call(`/audits/resources/audits/v2?${query}`)).json()) as {
          total: number;
          data: { frontegg_id: string; createdAt: string }[];
        };
      const first = await list('count=50&offset=0');
      expect(first.data[0]!.frontegg_id).toBe(created.frontegg_id);
      // Newest first holds all the way down, the created event included.
      const times = first.data.map((event) => timeOf(event.createdAt));
      expect(times.every((time, index) => index === 0 || time <= times[index - 1]!)).toBe(true);
      expect(at).toBeGreaterThan(times[1]!);
      const around = (ms: number) => new Date(ms).toISOString();
      const range = await list(
        `count=5&offset=0&created_from=${around(at - 1)}&created_to=${around(at + 1)}`,
      );
      expect(range.total).toBe(1);
      expect(range.data[0]!.frontegg_id).toBe(created.frontegg_id);
      const stats = (await (await call('/audits/stats')).json()) as { totalToday: number };
      expect(stats.totalToday).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a way out of a full createdEventsLimit that exists with the control routes off (the default)', async () => {
    // It said only `POST /__mock/reset`, a 404 unless a standalone server was started with control routes.
    const api = createMockAuditApi({
      seed: TEST_SEED,
      now: TEST_NOW,
      eventsPerTenant: 5,
      createdEventsLimit: 0,
    });
    const refused = await caller(api, await demoToken(demoIdentities.tenantAAdmin))(
      '/audits',
      '{"severity":"Info"}',
    );
    expect(refused.status).toBe(507);
    const [message] = ((await refused.json()) as { errors: string[] }).errors;
    expect(message).toMatch(/restart it, call api\.reset\(\)/);
    expect(message).toMatch(/POST \/__mock\/reset to a standalone server started with control routes/);
  });

  it('counts each object and array of a created event against createdEventsLimit, not only its JSON text', async () => {
    const api = createMockAuditApi({
      seed: TEST_SEED,
      now: TEST_NOW,
      eventsPerTenant: 50,
      createdEventsLimit: 10_000,
    });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    // About 600 characters of JSON, but 150 objects: on the heap each costs more than its `{}`.
    const empties = JSON.stringify({ severity: 'Info', json: Array.from({ length: 150 }, () => ({})) });
    expect(empties.length).toBeLessThan(1_000);
    expect((await call('/audits', empties)).status).toBe(507);
    const text = JSON.stringify({ severity: 'Info', description: 'x'.repeat(600) });
    expect((await call('/audits', text)).status).toBe(202);
  });

  it('exports the events there were when the export began, whatever is created while it streams', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 1_000 });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    for (const action of ['C1', 'C2', 'C3'])
      expect((await call('/audits', JSON.stringify({ severity: 'Info', action }))).status).toBe(202);
    const properties = [{ name: 'action', displayName: 'Action' }];
    const response = await call(
      '/audits/export/csv/v2?offset=0&sortDirection=asc',
      JSON.stringify({ properties }),
    );
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const first = await reader.read();
    text += decoder.decode(first.value, { stream: true });
    expect((await call('/audits', JSON.stringify({ severity: 'Info', action: 'C4' }))).status).toBe(202);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value, { stream: true });
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(1_003);
    expect(rows.slice(-3)).toEqual(['C1', 'C2', 'C3']);
  });

  it('takes a query string of exactly 8 KiB and refuses one byte more', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 10 });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    const query = (bytes: number) => {
      const start = 'count=1&offset=0&pad=';
      return `${start}${'a'.repeat(bytes - start.length)}`;
    };
    expect(query(8192)).toHaveLength(8192);
    expect((await call(`/audits/resources/audits/v2?${query(8192)}`)).status).toBe(200);
    const over = await call(`/audits/resources/audits/v2?${query(8193)}`);
    expect(over.status).toBe(400);
    expect(((await over.json()) as { errors: string[] }).errors).toEqual([
      'query string must be at most 8192 bytes',
    ]);
  });

  it('refuses a createdEventsLimit that is not a number of 0 or more', () => {
    for (const createdEventsLimit of [-1, Number.NaN, '10' as unknown as number])
      expect(() => createMockAuditApi({ createdEventsLimit }), String(createdEventsLimit)).toThrow(
        'createdEventsLimit',
      );
  });
});

describe('createMockAuditApi secret', () => {
  it('refuses an empty or non-string secret at creation, with a message naming it', () => {
    // An empty secret was accepted, then every authenticated request was a 500 (a zero-length HMAC key).
    for (const secret of ['', 42 as unknown as string, null as unknown as string])
      expect(() => createMockAuditApi({ secret }), String(secret)).toThrow(
        new TypeError('secret must be a string of one or more characters'),
      );
  });

  it('verifies tokens with a given non-empty secret, and refuses ones signed with another', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 5, secret: 's' });
    const ok = caller(api, await demoToken(demoIdentities.tenantAAdmin, { secret: 's' }));
    expect((await ok('/audits/resources/audits/v2?count=1&offset=0')).status).toBe(200);
    const other = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    expect((await other('/audits/resources/audits/v2?count=1&offset=0')).status).toBe(401);
  });
});

describe('createMockAuditApi createdEventsLimit measure', () => {
  // Text plus 64 an object or array was 2 characters an element for `[0,0,…]` (8 bytes or more on the heap) and
  // about 8 a property for thousands of short keys: the heap grew some 4 times past the limit.
  const zeros = { severity: 'Info', json: Array.from({ length: 31_000 }, () => 0) };

  it('charges at least 8 an array element and 32 an object property beyond the text', () => {
    const text = JSON.stringify(zeros).length;
    expect(storedSize(zeros)).toBeGreaterThanOrEqual(text + 31_000 * 8);
    const keys = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`k${index}`, 0]));
    expect(storedSize(keys)).toBeGreaterThanOrEqual(JSON.stringify(keys).length + 5_000 * 32);
    // Exactly: text, 64 a node, 8 an element, 32 a property.
    expect(storedSize({ a: [1, 2], b: {} })).toBe('{"a":[1,2],"b":{}}'.length + 3 * 64 + 2 * 8 + 2 * 32);
  });

  it('answers 507 to the creates of small-number arrays at the count that measure implies', async () => {
    const body = JSON.stringify(zeros);
    // What addCreated stores: the body and the mock's own fields, whose lengths are fixed.
    const each = storedSize({
      ...zeros,
      frontegg_id: '00000000-0000-0000-0000-000000000000',
      tenantId: demoIdentities.tenantAAdmin.tenantId,
      vendorId: 'v',
      createdAt: '2000-01-01 00:00:00.000',
    });
    expect(each).toBeGreaterThan(31_000 * 10);
    const api = createMockAuditApi({
      seed: TEST_SEED,
      now: TEST_NOW,
      eventsPerTenant: 5,
      createdEventsLimit: 1_000_000,
    });
    const call = caller(api, await demoToken(demoIdentities.tenantAAdmin));
    const fits = Math.floor(1_000_000 / each);
    expect(fits).toBe(3);
    const statuses: number[] = [];
    for (let index = 0; index <= fits; index++) statuses.push((await call('/audits', body)).status);
    expect(statuses).toEqual([...Array.from({ length: fits }, () => 202), 507]);
  });
});
