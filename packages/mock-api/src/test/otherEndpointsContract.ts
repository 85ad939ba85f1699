// Create, stats, metadata and IP lookup. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../handlers/readJsonBody.ts';
import {
  ACME,
  GLOBEX,
  NOT_JSON_TYPES,
  PAGED_EXPORT,
  TEST_NOW,
  TEST_SIZE,
  errorsOf,
  json,
  postTyped,
  timeOf,
} from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function otherEndpointsContract(ctx: ContractContext): void {
  const { t, get, list, expect400, target } = ctx;
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
      expect(first.data[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
      expect(timeOf(first.data[0]!.createdAt)).toBeGreaterThan(Date.parse(TEST_NOW));
      const other = await list('count=1&offset=0', { token: t.adminB });
      expect(other.total).toBe(TEST_SIZE);
      target().api.reset();
      expect((await list('count=1&offset=0')).total).toBe(TEST_SIZE);
    });

    // `fetch(url, { body: JSON.stringify(event) })` sends text/plain: it was created (202), though the document
    // and @frontegg/rest-api send only application/json, and a JSON body parser leaves any other type unread.
    it('refuses a create whose body is not sent as application/json with a 400 naming content-type', async () => {
      const body = JSON.stringify({ severity: 'High', action: 'typed-probe' });
      for (const type of NOT_JSON_TYPES) {
        const response = await postTyped(target().base, '/audits', t.adminA, body, type);
        expect(response.status, String(type)).toBe(400);
        expect((await errorsOf(response)).join(' '), String(type)).toContain('content-type');
      }
      expect((await list('count=1&offset=0&filter=typed-probe')).total).toBe(0);
      for (const type of [
        'application/json',
        'Application/JSON; charset=utf-8',
        'application/json ;charset=UTF-8',
      ])
        expect((await postTyped(target().base, '/audits', t.adminA, body, type)).status, type).toBe(202);
      expect((await list('count=5&offset=0&filter=typed-probe')).total).toBe(3);
    });

    // Frontegg's service assigns `_id` itself: its listed events carry a database id no caller chose (recorded in
    // frontegg/python-sdk, tests/cassettes/test_get_audits.yaml). The mock's events are identified by frontegg_id.
    it('owns the event’s ids: a caller’s `_id` is dropped, never stored or answered', async () => {
      const response = await get('/audits', {
        token: t.adminA,
        body: { severity: 'Info', action: 'id-probe', _id: 'mine', frontegg_id: 'mine-too' },
      });
      expect(response.status).toBe(202);
      const answered = await json<Record<string, unknown>>(response);
      expect(answered).not.toHaveProperty('_id');
      expect(answered.frontegg_id).not.toBe('mine-too');
      const found = await list('count=5&offset=0&filter=id-probe');
      expect(found.total).toBe(1);
      expect(found.data[0]).not.toHaveProperty('_id');
      expect(found.data[0]!.frontegg_id).toBe(answered.frontegg_id);
      target().api.reset();
    });

    it('keeps fields named __proto__, constructor or toString as data, polluting nothing (issue 10, defect 2)', async () => {
      const response = await get('/audits', {
        token: t.adminA,
        // Raw text: an object literal would turn `__proto__` into a prototype instead of a key.
        body: '{"severity":"High","action":"proto-probe","__proto__":{"polluted":1},"constructor":"c","toString":"t"}',
      });
      expect(response.status).toBe(202);
      const found = await list('count=5&offset=0&filter=proto-probe');
      expect(found.total).toBe(1);
      const event = found.data[0]!;
      for (const key of ['__proto__', 'constructor', 'toString'])
        expect(Object.hasOwn(event, key), key).toBe(true);
      expect(JSON.stringify(event)).toContain('"__proto__":{"polluted":1}');
      expect(event.constructor).toBe('c');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.toString.call([])).toBe('[object Array]');
      target().api.reset();
    });

    it('refuses a body nested too deep with a 400 and stores nothing, so the tenant’s list still answers', async () => {
      // A body `levels` deep: the body (1) > json (2) > before (3) > the arrays of `a` (4 and on).
      const nested = (levels: number, marker: string) => {
        const arrays = levels - 3;
        return `{"severity":"Info","action":"${marker}","json":{"before":{"a":${'['.repeat(arrays)}${']'.repeat(arrays)}},"after":{}}}`;
      };
      // What the reviewer sent: about 40 KB, under the 64 KiB limit, 20,000 levels deep.
      const deep = nested(20_003, 'deep-probe');
      expect(deep.length).toBeLessThan(64 * 1024);
      const refused = await get('/audits', { token: t.adminA, body: deep });
      expect(refused.status).toBe(400);
      expect((await errorsOf(refused)).join(' ')).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
      expect(
        (await get('/audits', { token: t.adminA, body: nested(MAX_JSON_DEPTH + 1, 'deep-probe') })).status,
      ).toBe(400);
      const page = await list('count=20&offset=0');
      expect(page.total).toBe(TEST_SIZE);
      expect((await list('count=20&offset=0&filter=deep-probe')).total).toBe(0);

      // At the limit: accepted, listed, found by text and exported.
      const accepted = await get('/audits', { token: t.adminA, body: nested(MAX_JSON_DEPTH, 'limit-probe') });
      expect(accepted.status).toBe(202);
      const found = await list('count=20&offset=0&filter=limit-probe');
      expect(found.total).toBe(1);
      const file = await get(`${PAGED_EXPORT}?count=1&offset=0&filter=limit-probe`, {
        token: t.adminA,
        body: { properties: [{ name: 'json', displayName: 'Json' }] },
      });
      expect(file.status).toBe(200);
      expect(await file.text()).toContain('[[[');
      target().api.reset();
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

    // Frontegg's service answered `GET /audits/stats/?tenantId=…` (a vendor token, the same tenant in the header)
    // with 200: frontegg/python-sdk, tests/cassettes/test_get_audit_stats.yaml. Strict mode refused it (400).
    it('takes a tenantId parameter on stats: an environment token picks the tenant, a user token its own only', async () => {
      const stats = async (path: string, options: Parameters<typeof get>[1]) => {
        const response = await get(path, options);
        expect(response.status, path).toBe(200);
        return json<{ totalToday: number; severeThisWeek: number }>(response);
      };
      const acme = await stats('/audits/stats', { token: t.adminA });
      const globex = await stats('/audits/stats', { token: t.adminB });
      // As recorded: the tenant in the header and the parameter alike.
      expect(await stats(`/audits/stats?tenantId=${ACME}`, { token: t.env, tenant: ACME })).toEqual(acme);
      expect(await stats(`/audits/stats?tenantId=${GLOBEX}`, { token: t.env })).toEqual(globex);
      expect(await stats(`/audits/stats?tenantId=${ACME}`, { token: t.adminA })).toEqual(acme);
      // Another tenant than the token's (a user token), or than the header's, is refused; one with no events has
      // none to count (a 404 is for unknown routes only).
      expect((await get(`/audits/stats?tenantId=${GLOBEX}`, { token: t.adminA })).status).toBe(403);
      expect((await get(`/audits/stats?tenantId=${GLOBEX}`, { token: t.env, tenant: ACME })).status).toBe(
        403,
      );
      expect(await stats('/audits/stats?tenantId=tenant-nowhere', { token: t.env })).toEqual({
        totalToday: 0,
        severeThisWeek: 0,
      });
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
      const since = encodeURIComponent(JSON.stringify({ $gte: weekStart }));
      const severe = await get(
        `/audits?count=1&offset=0&createdAt=${since}&severity=High&severity=Critical&severity=Error`,
        {
          token: t.adminA,
        },
      );
      expect(stats.severeThisWeek).toBe((await json(severe)).total);
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
      // As Frontegg sends it: 'Always' or absent, isPredefined, severity hidden from the table by default.
      const columns = body.rows[0]!.properties as unknown as Record<string, unknown>[];
      const byName = Object.fromEntries(columns.map((c) => [c.name, c]));
      expect(byName.severity).toMatchObject({
        showInTable: false,
        showInMoreInfo: 'Always',
        isPredefined: true,
      });
      expect(byName.email).not.toHaveProperty('showInMoreInfo');
      expect(columns.every((c) => c.showInMoreInfo === undefined || c.showInMoreInfo === 'Always')).toBe(
        true,
      );
      expect(columns.every((c) => typeof c.isPredefined === 'boolean')).toBe(true);
      // The document lets a real answer leave out showInTable and send other types (UserIdentity); the mock
      // itself still sends showInTable on every column and only its six types.
      const types = ['Timestamp', 'Email', 'AlphaNumeric', 'IpAddress', 'Severity', 'Json'];
      expect(
        columns.every((c) => typeof c.showInTable === 'boolean' && types.includes(c.type as string)),
      ).toBe(true);
      expect(body.rows[0]).toMatchObject({ vendorId: expect.any(String), id: expect.any(String) });
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
          'location',
          'longitude',
          'zip',
        ]);
        expect(body.ip).toBe(ip);
      }
      const me = await get('/metadata/ipme', { token: t.adminA });
      expect(me.status).toBe(200);
      expect(await json<Record<string, unknown>>(me)).toMatchObject({
        ip: expect.any(String),
        location: expect.any(Object),
      });
      expect((await get('/metadata/ipme')).status).toBe(401);
      await expect400('/metadata/ip/not-an-ip', 'ip');
      await expect400('/metadata/ip/999.1.1.1', 'ip');
    });
  });
}
