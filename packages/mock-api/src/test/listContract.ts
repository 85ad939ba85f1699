// Lists (v2 and legacy), their filters, sorts and paging, and routing. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import {
  ACME,
  GLOBEX,
  INITECH,
  PAGED_EXPORT,
  STREAM_EXPORT,
  TEST_NOW,
  TEST_SIZE,
  V2,
  errorsOf,
  iso,
  json,
  props,
  timeOf,
} from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function listContract(ctx: ContractContext): void {
  const { t, get, list, allAcme, expect400 } = ctx;
  describe('list (v2)', () => {
    it('returns the tenant’s events newest first with the total of all matches', async () => {
      const body = await list('count=20&offset=0');
      expect(body.total).toBe(TEST_SIZE);
      expect(body.data).toHaveLength(20);
      const times = body.data.map((e) => timeOf(e.createdAt));
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

    it('filters by an inclusive created_from / created_to range', async () => {
      const all = await allAcme();
      const newer = all[10]!;
      const older = all[20]!;
      const range = await list(
        `count=200&offset=0&created_from=${iso(older.createdAt)}&created_to=${iso(newer.createdAt)}`,
      );
      expect(range.total).toBe(11);
      expect(range.data[0]!.frontegg_id).toBe(newer.frontegg_id);
      expect(range.data.at(-1)!.frontegg_id).toBe(older.frontegg_id);
    });

    it('filters by users and email (the v2 list filters) given as repeated keys, as the document declares', async () => {
      const all = await allAcme();
      const emails = await list('count=200&offset=0&email=ada@acme.test&email=GRACE@acme.test');
      expect(emails.total).toBe(
        all.filter((e) => e.email === 'ada@acme.test' || e.email === 'grace@acme.test').length,
      );
      expect(emails.total).toBeGreaterThan(0);
      const users = await list('count=200&offset=0&users=user-acme-ada');
      expect(users.total).toBe(all.filter((e) => e.userId === 'user-acme-ada').length);
      const twoUsers = await list('count=200&offset=0&users=user-acme-ada&users=linus@acme.test');
      expect(twoUsers.total).toBe(
        all.filter((e) => e.userId === 'user-acme-ada' || e.email === 'linus@acme.test').length,
      );
    });

    it('reads a v2 list parameter as OpenAPI’s form style does: JSON array text is one literal value', async () => {
      // "Array of strings" in the published v2 document, default style (`email=a&email=b`); nothing shows v2 reads
      // JSON text (only @frontegg/rest-api's legacy calls send it), so `["a","b"]` is one value that matches nothing.
      for (const name of ['email', 'users']) {
        const json = await list(
          `count=200&offset=0&${name}=${encodeURIComponent('["ada@acme.test","grace@acme.test"]')}`,
        );
        expect(json, name).toEqual({ data: [], total: 0 });
      }
      const exported = await get(
        `${PAGED_EXPORT}?count=200&offset=0&email=${encodeURIComponent('["ada@acme.test"]')}`,
        { token: t.adminA, body: props },
      );
      expect(exported.status).toBe(200);
      expect((await exported.text()).trim().split('\r\n')).toEqual(['Time,Action']);
      // An environment token's tenant_ids the same way: JSON text names one tenant, which has no events.
      const tenants = encodeURIComponent(`["${ACME}","${GLOBEX}"]`);
      const response = await get(`${V2}?count=1&offset=0&tenant_ids=${tenants}`, { token: t.env });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({ data: [], total: 0 });
    });

    it('sorts by any documented event field, vendor columns and user included', async () => {
      const byUser = await list('count=200&offset=0&sortBy=user&sortDirection=asc');
      const names = byUser.data.map((e) => String(e.user ?? '').toLowerCase());
      expect(names).toEqual([...names].sort());
      const byRegion = await list('count=5&offset=0&sortBy=region');
      expect(byRegion.total).toBe(TEST_SIZE);
      const byDescription = await list('count=200&offset=0&sortBy=description&sortDirection=desc');
      const texts = byDescription.data.map((e) => String(e.description).toLowerCase());
      expect(texts).toEqual([...texts].sort().reverse());
    });

    // The contract: an unknown sortBy is a 400. It was answered 200 in an arbitrary order that looked sorted.
    it('refuses a sortBy that names no sortable field, prototype names included, with a 400 naming sortBy', async () => {
      const metadata = await json<{ rows: { properties: { name: string; sortable: boolean }[] }[] }>(
        await get('/metadata?entityName=audits', { token: t.adminA }),
      );
      const columns = metadata.rows[0]!.properties.filter((c) => c.sortable).map((c) => c.name);
      expect(columns).toContain('region');
      const fields = ['user', 'userId', 'tenantId', 'vendorId', 'frontegg_id', 'description', 'actorMail'];
      for (const sortBy of [...columns, ...fields]) {
        expect((await list(`count=1&offset=0&sortBy=${sortBy}`)).total, sortBy).toBe(TEST_SIZE);
      }
      for (const sortBy of ['zzz', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'CreatedAt']) {
        await expect400(`${V2}?count=1&offset=0&sortBy=${sortBy}`, 'sortBy');
        await expect400(`/audits?count=1&offset=0&sortBy=${sortBy}`, 'sortBy');
        await expect400(`${PAGED_EXPORT}?count=1&offset=0&sortBy=${sortBy}`, 'sortBy', {
          token: t.adminA,
          body: props,
        });
        await expect400(`${STREAM_EXPORT}?offset=0&sortBy=${sortBy}`, 'sortBy', {
          token: t.adminA,
          body: props,
        });
      }
    });

    it('refuses (strict mode) the column filters the v2 document does not list, naming them', async () => {
      for (const name of ['severity', 'action', 'ip', 'region', 'createdAt', 'tenantId', 'vendorId']) {
        await expect400(`${V2}?count=1&offset=0&${name}=x`, name);
      }
      await expect400(`/audits/stats?nope=1`, 'nope', { token: t.adminA, tenant: ACME });
    });

    it('answers 400 naming the field for every bad value', async () => {
      await expect400(`${V2}?count=0&offset=0`, 'count');
      await expect400(`${V2}?count=201&offset=0`, 'count');
      await expect400(`${V2}?count=ten&offset=0`, 'count');
      await expect400(`${V2}?count=1.5&offset=0`, 'count');
      await expect400(`${V2}?offset=0`, 'count');
      await expect400(`${V2}?count=1&offset=-1`, 'offset');
      await expect400(`${V2}?count=1`, 'offset');
      await expect400(`${V2}?count=1&count=2&offset=0`, 'count');
      await expect400(`${V2}?count=1&offset=0&sortBy=created-at`, 'sortBy');
      await expect400(`${V2}?count=1&offset=0&sortDirection=sideways`, 'sortDirection');
      await expect400(`${V2}?count=1&offset=0&created_from=yesterday`, 'created_from');
      await expect400(`${V2}?count=1&offset=0&created_to=2026-13-45T99:00:00Z`, 'created_to');
      await expect400(`${V2}?count=1&offset=0&created_to=`, 'created_to');
      // Real calendar days only: 30 February is refused, not rolled over to 2 March.
      await expect400(`${V2}?count=1&offset=0&created_from=2026-02-30T00:00:00Z`, 'created_from');
      // A time without a zone would be read in someone's local time: refused.
      await expect400(`${V2}?count=1&offset=0&created_from=2026-02-01T00:00:00`, 'created_from');
      await expect400(
        `${V2}?count=1&offset=0&created_from=2026-02-01T00:00:00Z&created_to=2026-01-01T00:00:00Z`,
        'created_from must not be after created_to',
      );
      await expect400(`${V2}?count=1&offset=0&filter=${'x'.repeat(8200)}`, 'query string');
    });
  });

  describe('list (legacy GET /audits)', () => {
    const legacy = async (query: string) => {
      const response = await get(`/audits?${query}`, { token: t.adminA });
      expect(response.status).toBe(200);
      return json(response);
    };

    it('filters columns by exact, case-insensitive values, repeated or as JSON arrays', async () => {
      const all = await allAcme();
      const high = await legacy('count=200&offset=0&severity=High');
      expect(high.total).toBe(all.filter((e) => e.severity === 'High').length);
      expect(high.data.every((e) => e.severity === 'High')).toBe(true);
      const repeated = await legacy('count=200&offset=0&severity=High&severity=Critical');
      const encoded = await legacy(
        `count=200&offset=0&severity=${encodeURIComponent('["High","Critical"]')}`,
      );
      expect(repeated.total).toBe(
        all.filter((e) => e.severity === 'High' || e.severity === 'Critical').length,
      );
      expect(encoded).toEqual(repeated);
      const action = await legacy(`count=200&offset=0&action=${encodeURIComponent('user logged in')}`);
      expect(action.total).toBe(all.filter((e) => e.action === 'User logged in').length);
      const ip = all.find((e) => typeof e.ip === 'string')!.ip as string;
      const byIp = await legacy(`count=200&offset=0&ip=${encodeURIComponent(ip)}`);
      expect(byIp.total).toBe(all.filter((e) => e.ip === ip).length);
      expect((await legacy('count=1&offset=0&region=eu-west-1')).total).toBe(TEST_SIZE);
      expect((await legacy('count=1&offset=0&region=us-east-1')).total).toBe(0);
      // A vendor column is a column filter too: JSON array text as @frontegg/rest-api sends an array.
      const regions = encodeURIComponent('["us-east-1","EU-WEST-1"]');
      expect((await legacy(`count=1&offset=0&region=${regions}`)).total).toBe(TEST_SIZE);
      const emails = await legacy(
        `count=200&offset=0&email=${encodeURIComponent('["ada@acme.test","grace@acme.test"]')}`,
      );
      expect(emails.total).toBe(
        all.filter((e) => e.email === 'ada@acme.test' || e.email === 'grace@acme.test').length,
      );
      const newer = all[10]!;
      const older = all[20]!;
      const ops = encodeURIComponent(
        JSON.stringify({ $gt: iso(older.createdAt), $lte: iso(newer.createdAt) }),
      );
      expect((await legacy(`count=200&offset=0&createdAt=${ops}`)).total).toBe(10);
    });

    it('filters severity by any text, any case: the service stores more than the create enum', async () => {
      // Frontegg's demo data stores `Attention`, `Error` and lowercase `info`, and the portal's severity filter
      // offers Info, Attention and Error, sent as `severity=<value>` to GET /audits: never a 400.
      const all = await allAcme();
      const info = all.filter((e) => e.severity === 'Info').length;
      expect(info).toBeGreaterThan(0);
      expect((await legacy('count=1&offset=0&severity=info')).total).toBe(info);
      expect((await legacy('count=1&offset=0&severity=Attention')).total).toBe(0);
      expect((await legacy('count=1&offset=0&severity=Urgent')).total).toBe(0);
      const mixed = await legacy(
        `count=1&offset=0&severity=${encodeURIComponent('["Attention","INFO","error"]')}`,
      );
      expect(mixed.total).toBe(all.filter((e) => e.severity === 'Info' || e.severity === 'Error').length);
      const exported = await get(`${STREAM_EXPORT}?offset=0&severity=Attention`, {
        token: t.adminA,
        body: props,
      });
      expect(exported.status).toBe(201);
      expect((await exported.text()).trim().split('\r\n')).toEqual(['Time,Action']);
      // Creating keeps the published enum.
      await expect400('/audits', 'severity', { token: t.adminA, body: { severity: 'Attention' } });
    });

    it('answers 400 for reversed createdAt bounds and unknown columns', async () => {
      const reversed = encodeURIComponent('{"$gt":"2026-02-01T00:00:00Z","$lt":"2026-01-01T00:00:00Z"}');
      await expect400(`/audits?count=1&offset=0&createdAt=${reversed}`, 'createdAt');
      await expect400(`/audits?count=1&offset=0&createdAt=${encodeURIComponent('{"$gt":')}`, 'createdAt');
      await expect400(
        `/audits?count=1&offset=0&createdAt=${encodeURIComponent('{"$near":"2026-01-01T00:00:00Z"}')}`,
        'createdAt',
      );
      // description is not filterable in the metadata, so it is not a parameter.
      await expect400('/audits?count=1&offset=0&description=x', 'description');
      // The token's own tenant twice: another one would be a 403, which the guards answer first.
      await expect400(`/audits?count=1&offset=0&tenantId=${ACME}&tenantId=${ACME}`, 'tenantId');
    });

    // `severity=[]` read as no filter: a compliance officer asking for no severity at all got every event.
    it('refuses an empty JSON array filter with a 400 naming it, vendor columns included, never dropping it', async () => {
      const empty = encodeURIComponent('[]');
      for (const name of ['severity', 'action', 'email', 'ip', 'userAgent', 'region', 'resource']) {
        await expect400(`/audits?count=1&offset=0&${name}=${empty}`, `${name}:`);
        await expect400(`${STREAM_EXPORT}?offset=0&${name}=${empty}`, `${name}:`, {
          token: t.adminA,
          body: props,
        });
      }
      // An empty array beside values adds nothing to them: the filter stands.
      const high = await legacy(`count=1&offset=0&severity=${empty}&severity=High`);
      expect(high.total).toBe((await legacy('count=1&offset=0&severity=High')).total);
      expect(high.total).toBeLessThan(TEST_SIZE);
    });

    it('takes count 0 as the default 20, needs count, reads a missing offset as 0, rejects over 200', async () => {
      const zero = await legacy('count=0&offset=0');
      expect(zero.data).toHaveLength(20);
      expect(zero.total).toBe(TEST_SIZE);
      await expect400('/audits?offset=0', 'count');
      // Frontegg's service answered `GET /audits?count=5` with 200 and the first five events (recorded in
      // frontegg/python-sdk, tests/cassettes/test_get_audits.yaml): offset is optional there, not a 400.
      const noOffset = await legacy('count=5');
      expect(noOffset.data).toHaveLength(5);
      expect(noOffset).toEqual(await legacy('count=5&offset=0'));
      await expect400('/audits?count=1&offset=-1', 'offset');
      await expect400('/audits?count=201&offset=0', 'count');
    });

    it('lets an environment token list chosen tenants (merged newest first) or all of them', async () => {
      const two = await json(
        await get(`${V2}?count=200&offset=0&tenant_ids=${ACME}&tenant_ids=${GLOBEX}`, { token: t.env }),
      );
      expect(two.total).toBe(2 * TEST_SIZE);
      expect(new Set(two.data.map((e) => e.tenantId))).toEqual(new Set([ACME, GLOBEX]));
      const times = two.data.map((e) => e.createdAt as string);
      expect(times).toEqual([...times].sort().reverse());
      const everyTenant = await json(await get('/audits?count=1&offset=0', { token: t.env }));
      expect(everyTenant.total).toBe(3 * TEST_SIZE);
      const viaHeader = await json(
        await get('/audits?count=200&offset=0', { token: t.env, tenant: INITECH }),
      );
      expect(new Set(viaHeader.data.map((e) => e.tenantId))).toEqual(new Set([INITECH]));
    });
  });

  describe('time bounds finer than a millisecond', () => {
    // Events are stored to the millisecond; a bound with more fraction digits was cut to the millisecond before it
    // (an inclusive lower bound half a millisecond after an event still took it, a strict upper one dropped it).
    const newest = async () => timeOf((await list('count=1&offset=0')).data[0]!.createdAt);
    /** Half a millisecond after `ms`, as RFC 3339 with four fraction digits. */
    const halfAfter = (ms: number) => new Date(ms).toISOString().replace('Z', '5Z');
    const totalOf = async (path: string) => {
      const response = await get(path, { token: t.adminA });
      expect(response.status, path).toBe(200);
      return (await json(response)).total;
    };
    /** Data rows of a CSV export. */
    const rowsOf = async (path: string) => {
      const response = await get(path, { token: t.adminA, body: props });
      expect(response.status, path).toBeLessThan(300);
      return (await response.text()).trim().split('\r\n').length - 1;
    };
    const ops = (value: object) => encodeURIComponent(JSON.stringify(value));

    it('round inwards on the v2 list and export: created_from up, created_to down', async () => {
      const at = await newest();
      const after = halfAfter(at);
      const before = halfAfter(at - 1);
      expect(await totalOf(`${V2}?count=1&offset=0&created_from=${after}`)).toBe(0);
      expect(await totalOf(`${V2}?count=1&offset=0&created_from=${before}`)).toBe(1);
      expect(await totalOf(`${V2}?count=1&offset=0&created_to=${after}`)).toBe(TEST_SIZE);
      expect(await totalOf(`${V2}?count=1&offset=0&created_to=${before}`)).toBe(TEST_SIZE - 1);
      expect(await rowsOf(`${PAGED_EXPORT}?count=5&offset=0&created_from=${after}`)).toBe(0);
      expect(await rowsOf(`${PAGED_EXPORT}?count=5&offset=0&created_from=${before}`)).toBe(1);
      // Bounds in order that hold no whole millisecond: no events, not a 400; out of order: a 400.
      const later = new Date(at).toISOString().replace('Z', '7Z');
      expect(await totalOf(`${V2}?count=1&offset=0&created_from=${after}&created_to=${later}`)).toBe(0);
      await expect400(
        `${V2}?count=1&offset=0&created_from=${later}&created_to=${after}`,
        'created_from must not be after created_to',
      );
    });

    it('round inwards on the legacy list and exports: $gte and $gt up, $lte and $lt down', async () => {
      const at = await newest();
      const after = halfAfter(at);
      const before = halfAfter(at - 1);
      const cases: [object, number][] = [
        [{ $gte: after }, 0],
        [{ $gt: after }, 0],
        [{ $gte: before }, 1],
        [{ $gt: before }, 1],
        [{ $lt: after }, TEST_SIZE],
        [{ $lte: after }, TEST_SIZE],
        [{ $lt: before }, TEST_SIZE - 1],
        [{ $lte: before }, TEST_SIZE - 1],
      ];
      for (const [range, expected] of cases) {
        const query = `offset=0&createdAt=${ops(range)}`;
        expect(await totalOf(`/audits?count=1&${query}`), JSON.stringify(range)).toBe(expected);
        for (const path of [STREAM_EXPORT, '/audits/export/csv'])
          expect(await rowsOf(`${path}?${query}`), `${path} ${JSON.stringify(range)}`).toBe(expected);
      }
      const later = new Date(at).toISOString().replace('Z', '7Z');
      expect(await totalOf(`/audits?count=1&offset=0&createdAt=${ops({ $gte: after, $lte: later })}`)).toBe(
        0,
      );
      for (const range of [
        { $gte: later, $lte: after },
        { $gt: after, $lt: after },
      ])
        await expect400(`/audits?count=1&offset=0&createdAt=${ops(range)}`, 'createdAt');
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
}
