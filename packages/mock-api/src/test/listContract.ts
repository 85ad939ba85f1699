// Lists (v2 and legacy), their filters, sorts and paging, and routing. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import { ACME, GLOBEX, INITECH, TEST_NOW, TEST_SIZE, V2, errorsOf, json } from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function listContract(ctx: ContractContext): void {
  const { t, get, list, allAcme, expect400 } = ctx;
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
