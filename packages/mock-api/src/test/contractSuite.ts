// The contract, as tests: run in-process through msw/node and again over real HTTP against the standalone server.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoToken } from '../auth/createDemoToken.ts';
import { signJwt } from '../auth/jwt.ts';
import type { MockAuditApi } from '../handlers/createMockAuditApi.ts';
import {
  ACME,
  GLOBEX,
  INITECH,
  TEST_NOW,
  TEST_SIZE,
  call,
  errorsOf,
  json,
  signTokens,
} from './contractClient.ts';
import type { CallOptions, ListBody, Tokens } from './contractClient.ts';

export interface ContractTarget {
  /** Where the API lives, e.g. `https://api.frontegg.com` or `http://127.0.0.1:1234`. */
  base: string;
  api: MockAuditApi;
}

const V2 = '/audits/resources/audits/v2';
const PAGED_EXPORT = '/audits/resources/audits/v2/export/csv';
const STREAM_EXPORT = '/audits/export/csv/v2';
const props = {
  properties: [
    { name: 'createdAt', displayName: 'Time' },
    { name: 'action', displayName: 'Action' },
  ],
};

export function contractSuite(target: () => ContractTarget): void {
  let t: Tokens;
  const get = (path: string, options?: CallOptions) => call(target().base, path, options);
  const list = async (query: string, options: CallOptions = { token: t.adminA }) => {
    const response = await get(`${V2}?${query}`, options);
    expect(response.status).toBe(200);
    return json<ListBody>(response);
  };
  /** Every Acme event through the API itself, newest first, as the reference for filters and paging. */
  const allAcme = async () => {
    const first = await list('count=200&offset=0');
    const second = await list('count=200&offset=200');
    return [...first.data, ...second.data];
  };
  const expect400 = async (path: string, field: string, options: CallOptions = { token: t.adminA }) => {
    const response = await get(path, options);
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors.join(' ')).toContain(field);
  };

  beforeAll(async () => {
    t = await signTokens();
  });
  afterEach(() => {
    target().api.reset();
    target().api.resetScenario();
  });

  describe('list (v2)', () => {
    it('returns the tenant’s events newest first with the total of all matches', async () => {
      const body = await list('count=20&offset=0');
      expect(body.total).toBe(TEST_SIZE);
      expect(body.data).toHaveLength(20);
      const times = body.data.map((e) => Date.parse(e.createdAt as string));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(times[0]).toBeLessThanOrEqual(Date.parse(TEST_NOW));
      expect(new Set(body.data.map((e) => e.tenantId))).toEqual(new Set([ACME]));
    });

    it('pages by offset counted in events, without overlap or gaps', async () => {
      const all = await allAcme();
      expect(all).toHaveLength(TEST_SIZE);
      expect(new Set(all.map((e) => e.frontegg_id)).size).toBe(TEST_SIZE);
      const page = await list('count=7&offset=200');
      expect(page.data.map((e) => e.frontegg_id)).toEqual(all.slice(200, 207).map((e) => e.frontegg_id));
      const past = await list('count=50&offset=5000');
      expect(past).toEqual({ data: [], total: TEST_SIZE });
    });

    it('sorts ascending in any case and by other sortable columns', async () => {
      const all = await allAcme();
      const asc = await list('count=3&offset=0&sortDirection=ASC');
      expect(asc.data.map((e) => e.frontegg_id)).toEqual(
        all
          .slice(-3)
          .reverse()
          .map((e) => e.frontegg_id),
      );
      const byAction = await list('count=200&offset=0&sortBy=action&sortDirection=asc');
      const actions = byAction.data.map((e) => String(e.action).toLowerCase());
      expect(actions).toEqual([...actions].sort());
      const byEmail = [
        ...(await list('count=200&offset=0&sortBy=email&sortDirection=asc')).data,
        ...(await list('count=200&offset=200&sortBy=email&sortDirection=asc')).data,
      ];
      expect(new Set(byEmail.map((e) => e.frontegg_id)).size).toBe(TEST_SIZE);
      const emails = byEmail.map((e) => String(e.email ?? '').toLowerCase());
      expect(emails).toEqual([...emails].sort());
      const bySeverity = await list('count=200&offset=0&sortBy=severity&sortDirection=desc');
      const rank = ['info', 'medium', 'high', 'error', 'critical'];
      const ranks = bySeverity.data.map((e) => rank.indexOf(String(e.severity).toLowerCase()));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    });

    it('matches free text case-insensitively against text columns and the JSON payload', async () => {
      const byText = await list('count=200&offset=0&filter=MFA');
      expect(byText.total).toBeGreaterThan(0);
      expect(byText.total).toBeLessThan(TEST_SIZE);
      for (const e of byText.data) expect(JSON.stringify(e).toLowerCase()).toContain('mfa');
      // "attempt" only ever appears as a key of failed-login payloads.
      const byJson = await list('count=200&offset=0&filter=attempt');
      expect(byJson.total).toBeGreaterThan(0);
      for (const e of byJson.data) expect(JSON.stringify(e.json)).toContain('attempt');
      const all = await allAcme();
      expect(byJson.total).toBe(
        all.filter((e) => JSON.stringify(e.json).includes('attempt') || /attempt/i.test(JSON.stringify(e)))
          .length,
      );
    });

    it('filters by an inclusive created_from / created_to range and by createdAt operators', async () => {
      const all = await allAcme();
      const newer = all[10]!;
      const older = all[20]!;
      const range = await list(
        `count=200&offset=0&created_from=${older.createdAt}&created_to=${newer.createdAt}`,
      );
      expect(range.total).toBe(11);
      expect(range.data[0]!.frontegg_id).toBe(newer.frontegg_id);
      expect(range.data.at(-1)!.frontegg_id).toBe(older.frontegg_id);
      const ops = encodeURIComponent(JSON.stringify({ $gt: older.createdAt, $lte: newer.createdAt }));
      expect((await list(`count=200&offset=0&createdAt=${ops}`)).total).toBe(10);
      const since = encodeURIComponent(JSON.stringify({ $gte: older.createdAt }));
      expect((await list(`count=200&offset=0&createdAt=${since}`)).total).toBe(21);
    });

    it('filters columns by exact, case-insensitive values, repeated or comma-separated', async () => {
      const all = await allAcme();
      const high = await list('count=200&offset=0&severity=high');
      expect(high.total).toBe(all.filter((e) => e.severity === 'High').length);
      expect(high.data.every((e) => e.severity === 'High')).toBe(true);
      const repeated = await list('count=200&offset=0&severity=High&severity=Critical');
      const comma = await list('count=200&offset=0&severity=high,critical');
      expect(repeated.total).toBe(
        all.filter((e) => e.severity === 'High' || e.severity === 'Critical').length,
      );
      expect(comma).toEqual(repeated);
      const action = await list(`count=200&offset=0&action=${encodeURIComponent('user logged in')}`);
      expect(action.total).toBe(all.filter((e) => e.action === 'User logged in').length);
      const emails = await list('count=200&offset=0&email=ada@acme.test&email=GRACE@acme.test');
      expect(emails.total).toBe(
        all.filter((e) => e.email === 'ada@acme.test' || e.email === 'grace@acme.test').length,
      );
      expect(emails.total).toBeGreaterThan(0);
      const users = await list('count=200&offset=0&users=user-acme-ada');
      expect(users.total).toBe(all.filter((e) => e.userId === 'user-acme-ada').length);
      const ip = all.find((e) => typeof e.ip === 'string')!.ip as string;
      const byIp = await list(`count=200&offset=0&ip=${encodeURIComponent(ip)}`);
      expect(byIp.total).toBe(all.filter((e) => e.ip === ip).length);
      expect((await list('count=1&offset=0&region=eu-west-1')).total).toBe(TEST_SIZE);
      expect((await list('count=1&offset=0&region=us-east-1')).total).toBe(0);
    });

    it('answers 400 naming the field for every bad value', async () => {
      await expect400(`${V2}?count=0&offset=0`, 'count');
      await expect400(`${V2}?count=201&offset=0`, 'count');
      await expect400(`${V2}?count=ten&offset=0`, 'count');
      await expect400(`${V2}?offset=0`, 'count');
      await expect400(`${V2}?count=1&offset=-1`, 'offset');
      await expect400(`${V2}?count=1`, 'offset');
      await expect400(`${V2}?count=1&offset=0&sortBy=nope`, 'sortBy');
      await expect400(`${V2}?count=1&offset=0&sortBy=created-at`, 'sortBy');
      await expect400(`${V2}?count=1&offset=0&sortBy=description`, 'sortBy');
      await expect400(`${V2}?count=1&offset=0&sortDirection=sideways`, 'sortDirection');
      await expect400(`${V2}?count=1&offset=0&created_from=yesterday`, 'created_from');
      await expect400(`${V2}?count=1&offset=0&created_to=2026-13-45T99:00:00Z`, 'created_to');
      await expect400(
        `${V2}?count=1&offset=0&created_from=2026-02-01T00:00:00Z&created_to=2026-01-01T00:00:00Z`,
        'created_from must not be after created_to',
      );
      await expect400(`${V2}?count=1&offset=0&createdAt=${encodeURIComponent('{"$gt":')}`, 'createdAt');
      await expect400(
        `${V2}?count=1&offset=0&createdAt=${encodeURIComponent('{"$near":"2026-01-01T00:00:00Z"}')}`,
        'createdAt',
      );
      await expect400(`${V2}?count=1&offset=0&filter=${'x'.repeat(8200)}`, 'query string');
    });
  });

  describe('list (legacy GET /audits)', () => {
    it('defaults count to 20 when absent or 0 and rejects over 200', async () => {
      const absent = await json(await get('/audits', { token: t.adminA }));
      expect(absent.data).toHaveLength(20);
      expect(absent.total).toBe(TEST_SIZE);
      const zero = await json(await get('/audits?count=0&offset=0', { token: t.adminA }));
      expect(zero.data).toHaveLength(20);
      await expect400('/audits?count=201', 'count');
    });

    it('lets an environment token list chosen tenants (merged newest first) or all of them', async () => {
      const two = await json(
        await get(`/audits?count=200&tenant_ids=${ACME}&tenant_ids=${GLOBEX}`, { token: t.env }),
      );
      expect(two.total).toBe(2 * TEST_SIZE);
      expect(new Set(two.data.map((e) => e.tenantId))).toEqual(new Set([ACME, GLOBEX]));
      const times = two.data.map((e) => Date.parse(e.createdAt as string));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const everyTenant = await json(await get('/audits?count=1', { token: t.env }));
      expect(everyTenant.total).toBe(3 * TEST_SIZE);
      const viaHeader = await json(await get('/audits?count=200', { token: t.env, tenant: INITECH }));
      expect(new Set(viaHeader.data.map((e) => e.tenantId))).toEqual(new Set([INITECH]));
    });
  });

  describe('export', () => {
    it('exports one page as CSV with the requested headers, order and rows', async () => {
      const response = await get(`${PAGED_EXPORT}?count=5&offset=3`, {
        token: t.adminA,
        tenant: ACME,
        body: props,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="audits.csv"');
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe('Time,Action');
      expect(lines.at(-1)).toBe('');
      const page = await list('count=5&offset=3');
      expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(page.data.map((e) => e.createdAt));
    });

    it('streams every matching event from the legacy export when count is 0 or absent', async () => {
      for (const count of ['&count=0', '']) {
        const response = await get(`${STREAM_EXPORT}?offset=0${count}&outputFileName=acme-audit`, {
          token: t.env,
          tenant: ACME,
          body: props,
        });
        expect(response.status).toBe(201);
        expect(response.headers.get('content-disposition')).toBe('attachment; filename="acme-audit.csv"');
        const text = await response.text();
        expect(text.split('\r\n').length - 2).toBeGreaterThanOrEqual(TEST_SIZE);
      }
      const high = await get(`${STREAM_EXPORT}?severity=high`, {
        token: t.adminA,
        body: {
          properties: [{ name: 'severity', displayName: 'Severity', type: 'Severity', sortable: true }],
        },
      });
      const rows = (await high.text()).trim().split('\r\n');
      expect(rows.slice(1).every((r) => r === 'High')).toBe(true);
      expect(rows.length - 1).toBe((await list('count=1&offset=0&severity=high')).total);
      const five = await get(`${STREAM_EXPORT}?count=5`, { token: t.adminA, body: props });
      expect((await five.text()).trim().split('\r\n')).toHaveLength(6);
    });

    it('rejects bad export bodies and queries', async () => {
      const post = (body: unknown, path = `${PAGED_EXPORT}?count=5&offset=0`) =>
        get(path, { token: t.adminA, body });
      const check = async (body: unknown, status: number, text: string) => {
        const response = await post(body);
        expect(response.status).toBe(status);
        expect((await errorsOf(response)).join(' ')).toContain(text);
      };
      await check({ properties: [] }, 400, 'properties');
      await check({}, 400, 'properties');
      await check(
        { properties: Array.from({ length: 101 }, () => ({ name: 'action', displayName: 'A' })) },
        400,
        'properties',
      );
      await check({ properties: [{ name: 'password', displayName: 'P' }] }, 400, 'properties[0].name');
      await check({ properties: [{ name: 'action', displayName: 7 }] }, 400, 'properties[0].displayName');
      await check('{not json', 400, 'JSON');
      await check({ properties: [{ name: 'action', displayName: 'x'.repeat(70_000) }] }, 413, 'body');
      const noCount = await post(props, `${PAGED_EXPORT}?offset=0`);
      expect(noCount.status).toBe(400);
      expect((await errorsOf(noCount)).join(' ')).toContain('count');
    });
  });

  describe('create, stats, metadata and IP lookup', () => {
    it('creates an event (202) that then leads its tenant’s list, keeping extra keys', async () => {
      const response = await get('/audits', {
        token: t.adminA,
        body: { severity: 'High', action: 'Report exported', description: 'Q3', ticket: { id: 7 } },
      });
      expect(response.status).toBe(202);
      const created = await json<Record<string, unknown>>(response);
      const first = await list('count=1&offset=0');
      expect(first.total).toBe(TEST_SIZE + 1);
      expect(first.data[0]).toMatchObject({
        frontegg_id: created.frontegg_id,
        tenantId: ACME,
        action: 'Report exported',
        ticket: { id: 7 },
      });
      expect(Date.parse(first.data[0]!.createdAt as string)).toBeGreaterThan(Date.parse(TEST_NOW));
      const other = await list('count=1&offset=0', { token: t.adminB });
      expect(other.total).toBe(TEST_SIZE);
      target().api.reset();
      expect((await list('count=1&offset=0')).total).toBe(TEST_SIZE);
    });

    it('shows a created event in a filtered or sorted list asked for before it existed', async () => {
      const query = 'count=5&offset=0&filter=quarterly-report-zz&sortBy=action';
      expect((await list(query)).total).toBe(0);
      await get('/audits', { token: t.adminA, body: { severity: 'Info', action: 'quarterly-report-zz' } });
      const after = await list(query);
      expect(after.total).toBe(1);
      expect(after.data[0]!.action).toBe('quarterly-report-zz');
      target().api.reset();
      expect((await list(query)).total).toBe(0);
    });

    it('validates created events', async () => {
      const bad = async (body: unknown, text: string, token = t.adminA) => {
        const response = await get('/audits', { token, body });
        expect(response.status).toBe(400);
        expect((await errorsOf(response)).join(' ')).toContain(text);
      };
      await bad({ action: 'x' }, 'severity');
      await bad({ severity: 'Catastrophic' }, 'severity');
      await bad([1, 2], 'JSON object');
      await bad({ severity: 'Info' }, 'frontegg-tenant-id', t.env);
    });

    it('counts today’s events and this week’s severe ones for the tenant', async () => {
      // Enough events that a week holds some severe ones.
      target().api.setScenario({ eventsPerTenant: { [ACME]: 5000 } });
      const stats = await json<{ totalToday: number; severeThisWeek: number }>(
        await get('/audits/stats', { token: t.adminA }),
      );
      const dayStart = `${TEST_NOW.slice(0, 10)}T00:00:00.000Z`;
      const weekStart = new Date(Date.parse(TEST_NOW) - 7 * 86_400_000).toISOString();
      expect(stats.totalToday).toBe((await list(`count=1&offset=0&created_from=${dayStart}`)).total);
      expect(stats.severeThisWeek).toBe(
        (await list(`count=1&offset=0&created_from=${weekStart}&severity=high,critical,error`)).total,
      );
      expect(stats.severeThisWeek).toBeGreaterThan(0);
      await get('/audits', { token: t.adminA, body: { severity: 'Critical' } });
      const after = await json<{ totalToday: number; severeThisWeek: number }>(
        await get('/audits/stats', { token: t.adminA }),
      );
      expect(after).toEqual({ totalToday: stats.totalToday + 1, severeThisWeek: stats.severeThisWeek + 1 });
    });

    it('serves column metadata with the default columns and the vendor’s custom ones', async () => {
      const response = await get('/metadata?entityName=audits', { token: t.viewerA });
      expect(response.status).toBe(200);
      const body = await json<{
        rows: { entityName: string; properties: { name: string; type: string }[] }[];
      }>(response);
      expect(body.rows[0]!.entityName).toBe('audits');
      const names = body.rows[0]!.properties.map((p) => p.name);
      expect(names.slice(0, 8)).toEqual([
        'createdAt',
        'email',
        'action',
        'description',
        'ip',
        'severity',
        'userAgent',
        'json',
      ]);
      expect(names).toContain('resource');
      await expect400('/metadata', 'entityName');
    });

    it('locates IPv4 and IPv6 addresses and rejects anything else', async () => {
      for (const ip of ['81.2.69.142', '2001:db8:85a3::8a2e:370:7334']) {
        const response = await get(`/metadata/ip/${encodeURIComponent(ip)}`, { token: t.adminA });
        expect(response.status).toBe(200);
        const body = await json<Record<string, unknown>>(response);
        expect(Object.keys(body).sort()).toEqual([
          'city',
          'country_code',
          'country_name',
          'ip',
          'latitude',
          'longitude',
        ]);
        expect(body.ip).toBe(ip);
      }
      await expect400('/metadata/ip/not-an-ip', 'ip');
      await expect400('/metadata/ip/999.1.1.1', 'ip');
    });
  });

  describe('routing', () => {
    it('answers under any prefix and 404s unknown routes with the error body', async () => {
      const prefixed = await get(`/frontegg${V2}?count=1&offset=0`, { token: t.adminA });
      expect(prefixed.status).toBe(200);
      for (const path of ['/audits/nope', '/frontegg/audits/resources/audits/v3', '/metadata/nope/deeper']) {
        const response = await get(path, { token: t.adminA });
        expect(response.status).toBe(404);
        expect((await errorsOf(response))[0]).toContain(path.split('?')[0]!);
      }
    });
  });

  describe('authentication', () => {
    it('answers 401 for a missing, malformed, badly signed, tampered or expired token', async () => {
      const expired = await createDemoToken({
        kind: 'user',
        tenantId: ACME,
        permissions: ['fe.secure.read.audits'],
        expiresIn: -60,
      });
      const forged = await signJwt(
        { type: 'userToken', sub: 'x', tenantId: ACME, permissions: ['fe.secure.read.audits'], exp: 4e9 },
        'guessed-secret',
      );
      const [head, , sig] = t.adminA.split('.');
      const tampered = `${head}.${btoa(JSON.stringify({ type: 'userToken', sub: 'x', tenantId: GLOBEX, permissions: ['fe.secure.read.audits'], exp: 4e9 })).replace(/=+$/, '')}.${sig}`;
      const cases: [Record<string, string>, string][] = [
        [{}, 'Authorization header is required'],
        [{ authorization: `Token ${t.adminA}` }, 'Bearer'],
        [{ authorization: 'Bearer not.a.jwt' }, 'Malformed'],
        [{ authorization: 'Bearer abc' }, 'Malformed'],
        [{ authorization: `Bearer ${forged}` }, 'signature'],
        [{ authorization: `Bearer ${tampered}` }, 'signature'],
        [{ authorization: `Bearer ${expired}` }, 'expired'],
      ];
      for (const [headers, message] of cases) {
        for (const path of [`${V2}?count=1&offset=0`, '/metadata?entityName=audits', '/audits/stats']) {
          const response = await get(path, { headers });
          expect(response.status, `${path} ${message}`).toBe(401);
          expect((await errorsOf(response)).join(' ')).toContain(message);
        }
      }
    });

    it('needs fe.secure.read.audits to read and fe.secure.write.audits to create', async () => {
      for (const response of [
        await get(`${V2}?count=1&offset=0`, { token: t.viewerA }),
        await get('/audits/stats', { token: t.viewerA }),
        await get(`${STREAM_EXPORT}`, { token: t.viewerA, body: props }),
        await get('/audits', { token: t.viewerA, body: { severity: 'Info' } }),
      ]) {
        expect(response.status).toBe(403);
        expect((await errorsOf(response)).join(' ')).toContain('permission');
      }
      const readOnly = await createDemoToken({
        kind: 'user',
        tenantId: ACME,
        permissions: ['fe.secure.read.audits'],
      });
      expect((await get('/audits', { token: readOnly, body: { severity: 'Info' } })).status).toBe(403);
    });
  });

  describe('tenant isolation', () => {
    it('never lets a user token reach another tenant, whatever it sends', async () => {
      const attempts: [string, CallOptions][] = [
        [`${V2}?count=1&offset=0`, { token: t.adminA, tenant: GLOBEX }],
        [`${V2}?count=1&offset=0&tenant_ids=${GLOBEX}`, { token: t.adminA }],
        [`${V2}?count=1&offset=0&tenant_ids=${ACME},${GLOBEX}`, { token: t.adminA }],
        [`${V2}?count=1&offset=0&tenant_ids=${ACME}&tenant_ids=${GLOBEX}`, { token: t.adminA }],
        [`${V2}?count=1&offset=0&tenantId=${GLOBEX}`, { token: t.adminA }],
        [`/audits?tenantId=${GLOBEX}`, { token: t.adminA }],
        [`${PAGED_EXPORT}?count=5&offset=0`, { token: t.adminA, tenant: GLOBEX, body: props }],
        [`${STREAM_EXPORT}?tenantId=${GLOBEX}&count=0`, { token: t.adminA, body: props }],
        [`${STREAM_EXPORT}?count=0`, { token: t.adminA, tenant: GLOBEX, body: props }],
        ['/audits/stats', { token: t.adminA, tenant: GLOBEX }],
        [`/audits/stats?tenantId=${GLOBEX}`, { token: t.adminA }],
        ['/audits', { token: t.adminA, tenant: GLOBEX, body: { severity: 'Info' } }],
        ['/audits', { token: t.adminA, body: { severity: 'Info', tenantId: GLOBEX } }],
      ];
      for (const [path, options] of attempts) {
        const response = await get(path, options);
        expect(response.status, path).toBe(403);
        await errorsOf(response);
      }
      const own = await list('count=200&offset=0', { token: t.adminA, tenant: ACME });
      expect(own.data.every((e) => e.tenantId === ACME)).toBe(true);
      const b = await list('count=200&offset=0', { token: t.adminB });
      expect(b.data.every((e) => e.tenantId === GLOBEX)).toBe(true);
      const exported = await get(`${STREAM_EXPORT}?count=0`, {
        token: t.adminB,
        body: { properties: [{ name: 'tenantId', displayName: 'T' }] },
      });
      expect(new Set((await exported.text()).trim().split('\r\n').slice(1))).toEqual(new Set([GLOBEX]));
      // A created event stays in the creator's tenant.
      await get('/audits', { token: t.adminB, body: { severity: 'Info', action: 'globex only' } });
      expect((await list('count=1&offset=0&filter=globex only')).total).toBe(0);
      expect((await list('count=1&offset=0&filter=globex only', { token: t.adminB })).total).toBe(1);
    });
  });

  describe('scenarios', () => {
    it('forces a status on one endpoint, with Retry-After on 429 and 503', async () => {
      target().api.setScenario({ status: { list: 503 }, retryAfterSeconds: 7 });
      const forced = await get(`${V2}?count=1&offset=0`, { token: t.adminA });
      expect(forced.status).toBe(503);
      expect(forced.headers.get('retry-after')).toBe('7');
      await errorsOf(forced);
      expect((await get('/audits/stats', { token: t.adminA })).status).toBe(200);
      target().api.setScenario({ status: { '*': 429 } });
      const limited = await get('/metadata?entityName=audits', { token: t.adminA });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      target().api.setScenario({ status: { stats: 401 } });
      expect((await get('/audits/stats', { token: t.adminA })).status).toBe(401);
    });

    it('answers malformed JSON on chosen endpoints only', async () => {
      target().api.setScenario({ malformedJson: ['list'] });
      const broken = await get(`${V2}?count=1&offset=0`, { token: t.adminA });
      expect(broken.status).toBe(200);
      await expect(broken.json()).rejects.toThrow();
      expect((await get('/metadata?entityName=audits', { token: t.adminA })).status).toBe(200);
    });

    it('empties a tenant or resizes it at run time', async () => {
      target().api.setScenario({ emptyTenants: [ACME] });
      expect(await list('count=20&offset=0')).toEqual({ data: [], total: 0 });
      target().api.setScenario({ emptyTenants: [], eventsPerTenant: { [ACME]: 5 } });
      expect((await list('count=20&offset=0')).total).toBe(5);
    });

    it('breaks the export stream off after N rows', async () => {
      target().api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 10 });
      const response = await get(`${STREAM_EXPORT}?count=0`, { token: t.adminA, body: props });
      expect(response.status).toBe(201);
      await expect(response.text()).rejects.toThrow();
    });

    it('still delivers every row when the export is slow', async () => {
      target().api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 1 });
      const response = await get(`${STREAM_EXPORT}?count=0`, { token: t.adminA, body: props });
      expect((await response.text()).trim().split('\r\n')).toHaveLength(TEST_SIZE + 1);
    });
  });
}
