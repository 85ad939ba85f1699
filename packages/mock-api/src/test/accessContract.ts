// Authentication, permissions and tenant isolation. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import { createDemoToken } from '../auth/createDemoToken.ts';
import { signJwt } from '../auth/jwt.ts';
import { ACME, GLOBEX, PAGED_EXPORT, STREAM_EXPORT, V2, errorsOf, props } from './contractClient.ts';
import type { CallOptions } from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function accessContract(ctx: ContractContext): void {
  const { t, get, list } = ctx;
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
      const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
      const claims = {
        type: 'userToken',
        sub: 'x',
        tenantId: GLOBEX,
        permissions: ['fe.secure.read.audits'],
        exp: 4e9,
      };
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
      const tampered = `${head}.${btoa(JSON.stringify({ type: 'userToken', sub: 'x', tenantId: GLOBEX, permissions: ['fe.secure.read.audits'], exp: 4e9 })).replace(/=+$/, '')}.${sig}`;
      const cases: [Record<string, string>, string][] = [
        [{}, 'Authorization header is required'],
        [{ authorization: `Token ${t.adminA}` }, 'Bearer'],
        [{ authorization: 'Bearer not.a.jwt' }, 'Malformed'],
        [{ authorization: 'Bearer abc' }, 'Malformed'],
        [{ authorization: `Bearer ${forged}` }, 'signature'],
        [{ authorization: `Bearer ${tampered}` }, 'signature'],
        [{ authorization: `Bearer ${expired}` }, 'expired'],
        [{ authorization: `Bearer ${unsigned}` }, 'alg must be HS256'],
      ];
      for (const [headers, message] of cases) {
        for (const path of [`${V2}?count=1&offset=0`, '/metadata?entityName=audits', '/audits/stats']) {
          const response = await get(path, { headers });
          expect(response.status, `${path} ${message}`).toBe(401);
          expect((await errorsOf(response)).join(' ')).toContain(message);
        }
      }
    });

    it('refuses tokens not yet valid, issued in the future, with an unknown crit header, or naming no tenant', async () => {
      const now = Math.floor(Date.now() / 1000);
      const base = {
        type: 'userToken',
        sub: 'x',
        tenantId: ACME,
        permissions: ['fe.secure.read.audits'],
        exp: now + 3600,
      };
      const sign = (claims: object, header?: object) => signJwt(claims, undefined, header);
      const cases: [string, string][] = [
        [await sign({ ...base, nbf: now + 3600 }), 'nbf'],
        [await sign({ ...base, iat: now + 3600 }), 'iat'],
        [await sign({ ...base, nbf: 'soon' }), 'nbf'],
        [await sign(base, { alg: 'HS256', typ: 'JWT', crit: ['exp'] }), 'crit'],
        [await sign(base, { alg: 'HS256', typ: 'JWT', crit: ['x-unknown'], 'x-unknown': 1 }), 'crit'],
        [await sign({ ...base, tenantId: '' }), 'tenantId'],
        [await sign({ ...base, tenantId: '  ' }), 'tenantId'],
      ];
      for (const [token, message] of cases) {
        const response = await get(`${V2}?count=1&offset=0`, { token });
        expect(response.status, message).toBe(401);
        expect((await errorsOf(response)).join(' ')).toContain(message);
      }
      // Within the stated clock-skew allowance (60 s), a slightly early nbf or iat is accepted.
      expect(
        (
          await get(`${V2}?count=1&offset=0`, {
            token: await sign({ ...base, nbf: now + 30, iat: now + 30 }),
          })
        ).status,
      ).toBe(200);
    });

    it('enforces an environment token’s permissions', async () => {
      const none = await createDemoToken({ kind: 'environment', permissions: [] });
      const readOnly = await createDemoToken({ kind: 'environment', permissions: ['fe.secure.read.audits'] });
      for (const response of [
        await get(`${V2}?count=1&offset=0`, { token: none }),
        await get('/audits/stats', { token: none, tenant: ACME }),
        await get(`${STREAM_EXPORT}?offset=0`, { token: none, tenant: ACME, body: props }),
        await get('/audits', { token: none, tenant: ACME, body: { severity: 'Info' } }),
        await get('/audits', { token: readOnly, tenant: ACME, body: { severity: 'Info' } }),
      ]) {
        expect(response.status).toBe(403);
        expect((await errorsOf(response)).join(' ')).toContain('permission');
      }
      expect((await get(`${V2}?count=1&offset=0`, { token: readOnly })).status).toBe(200);
    });

    // It was a 404 "Tenant … does not exist". Frontegg issues tokens only for tenants that exist and keeps audits
    // by tenant id, so a tenant nobody has written to has an empty log; the contract keeps 404 for unknown routes.
    it('reads a tenant with no events as empty and creates into it, whichever token names it', async () => {
      const elsewhere = await createDemoToken({
        kind: 'user',
        tenantId: 'tenant-elsewhere',
        permissions: ['fe.secure.read.audits', 'fe.secure.write.audits'],
      });
      const byUser: CallOptions = { token: elsewhere };
      const byEnv: CallOptions = { token: t.env, tenant: 'tenant-nowhere' };
      const reads: [string, CallOptions][] = [
        [`${V2}?count=1&offset=0`, byUser],
        ['/audits?count=1&offset=0', byUser],
        [`${V2}?count=1&offset=0`, byEnv],
        [`${V2}?count=1&offset=0&tenant_ids=tenant-nowhere`, { token: t.env }],
        ['/audits?count=1&offset=0&tenantId=tenant-nowhere', { token: t.env }],
      ];
      for (const [path, options] of reads) {
        const response = await get(path, options);
        expect(response.status, path).toBe(200);
        expect(await response.json(), path).toEqual({ data: [], total: 0 });
      }
      for (const options of [byUser, byEnv]) {
        const stats = await get('/audits/stats', options);
        expect(stats.status).toBe(200);
        expect(await stats.json()).toEqual({ totalToday: 0, severeThisWeek: 0 });
        for (const path of [`${PAGED_EXPORT}?count=5&offset=0`, `${STREAM_EXPORT}?offset=0`]) {
          const exported = await get(path, { ...options, body: props });
          expect(exported.status, path).toBeLessThan(300);
          expect((await exported.text()).trim().split('\r\n'), path).toEqual(['Time,Action']);
        }
      }
      const created = await get('/audits', { ...byUser, body: { severity: 'Info', action: 'first here' } });
      expect(created.status).toBe(202);
      expect(await created.json()).toMatchObject({ tenantId: 'tenant-elsewhere', action: 'first here' });
      expect((await get('/audits', { ...byEnv, body: { severity: 'High', action: 'by env' } })).status).toBe(
        202,
      );
      const actions = async (path: string, options: CallOptions) =>
        ((await (await get(path, options)).json()) as { data: { action: string }[] }).data.map(
          (e) => e.action,
        );
      expect(await actions(`${V2}?count=5&offset=0`, byUser)).toEqual(['first here']);
      expect(await actions(`${V2}?count=5&offset=0&tenant_ids=tenant-nowhere`, { token: t.env })).toEqual([
        'by env',
      ]);
      // Each stays in its own tenant, and an environment token naming no tenant lists them with the rest.
      expect((await list('count=1&offset=0&filter=first here')).total).toBe(0);
      const everywhere = await list('count=5&offset=0&filter=first here', { token: t.env });
      expect(everywhere.data.map((e) => e.tenantId)).toEqual(['tenant-elsewhere']);
    });

    // Frontegg's services run their auth guards before request validation: a caller without access learns nothing
    // of what the endpoint would take. A viewer's bad count and another tenant's bad export body were 400s.
    it('answers 403 before it checks the parameters and the body', async () => {
      const badExport = { properties: [] };
      const attempts: [string, CallOptions][] = [
        [`${V2}?count=0&offset=0`, { token: t.viewerA }],
        [`/audits?count=1&offset=-1&sortBy=${encodeURIComponent('$')}`, { token: t.viewerA }],
        ['/audits/stats?nope=1', { token: t.viewerA }],
        ['/audits', { token: t.viewerA, body: { severity: 'Urgent' } }],
        [`${STREAM_EXPORT}?offset=0`, { token: t.viewerA, body: badExport }],
        [`${PAGED_EXPORT}?count=5&offset=0`, { token: t.adminB, tenant: ACME, body: badExport }],
        [`${STREAM_EXPORT}?offset=0`, { token: t.adminB, tenant: ACME, body: badExport }],
        [`${STREAM_EXPORT}?offset=0&count=-5`, { token: t.adminB, body: { ...badExport, tenantId: ACME } }],
        [`/audits?count=0&offset=0&tenantId=${ACME}`, { token: t.adminB }],
        [`${V2}?count=500&offset=0&tenant_ids=${ACME}`, { token: t.adminB }],
        ['/audits', { token: t.adminB, tenant: ACME, body: { action: 'no severity' } }],
        [`/audits?count=0&offset=0&tenantId=${GLOBEX}`, { token: t.env, tenant: ACME }],
      ];
      for (const [path, options] of attempts) {
        const response = await get(path, options);
        expect(response.status, path).toBe(403);
        await errorsOf(response);
      }
      // With access, the same mistakes are the 400s that name them.
      expect((await get(`${V2}?count=0&offset=0`, { token: t.adminA })).status).toBe(400);
      const own = await get(`${PAGED_EXPORT}?count=5&offset=0`, {
        token: t.adminA,
        tenant: ACME,
        body: badExport,
      });
      expect(own.status).toBe(400);
      expect((await errorsOf(own)).join(' ')).toContain('properties');
    });

    it('needs fe.secure.read.audits to read and fe.secure.write.audits to create', async () => {
      for (const response of [
        await get(`${V2}?count=1&offset=0`, { token: t.viewerA }),
        await get('/audits/stats', { token: t.viewerA }),
        await get(`${STREAM_EXPORT}?offset=0`, { token: t.viewerA, body: props }),
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
        [
          `${V2}?count=1&offset=0&tenant_ids=${encodeURIComponent(`["${ACME}","${GLOBEX}"]`)}`,
          { token: t.adminA },
        ],
        [`/audits?count=1&offset=0&tenantId=${GLOBEX}`, { token: t.adminA }],
        [`${PAGED_EXPORT}?count=5&offset=0`, { token: t.adminA, tenant: GLOBEX, body: props }],
        [`${STREAM_EXPORT}?tenantId=${GLOBEX}&offset=0`, { token: t.adminA, body: props }],
        [`${STREAM_EXPORT}?offset=0`, { token: t.adminA, tenant: GLOBEX, body: props }],
        [`${STREAM_EXPORT}?offset=0`, { token: t.adminA, body: { ...props, tenantId: GLOBEX } }],
        ['/audits/stats', { token: t.adminA, tenant: GLOBEX }],
        [`/audits/stats?tenantId=${GLOBEX}`, { token: t.adminA }],
        [`/audits/stats?tenantId=${GLOBEX}`, { token: t.adminA, tenant: ACME }],
        ['/audits', { token: t.adminA, tenant: GLOBEX, body: { severity: 'Info' } }],
        ['/audits', { token: t.adminA, body: { severity: 'Info', tenantId: GLOBEX } }],
      ];
      for (const [path, options] of attempts) {
        const response = await get(path, options);
        expect(response.status, path).toBe(403);
        await errorsOf(response);
      }
      // Where the document does not list tenantId, strict mode refuses it before anything else (400 naming it).
      for (const path of [`${V2}?count=1&offset=0&tenantId=${GLOBEX}`]) {
        const response = await get(path, { token: t.adminA });
        expect(response.status, path).toBe(400);
        expect((await errorsOf(response)).join(' ')).toContain('tenantId');
      }
      // Filters naming another tenant's users or values find nothing rather than leaking.
      expect((await list('count=1&offset=0&email=hank@globex.test')).total).toBe(0);
      expect((await list('count=1&offset=0&users=user-globex-hank')).total).toBe(0);
      const region = await get('/audits?count=1&offset=0&region=us-east-1', { token: t.adminA });
      expect(((await region.json()) as { total: number }).total).toBe(0);
      const own = await list('count=200&offset=0', { token: t.adminA, tenant: ACME });
      expect(own.data.every((e) => e.tenantId === ACME)).toBe(true);
      const b = await list('count=200&offset=0', { token: t.adminB });
      expect(b.data.every((e) => e.tenantId === GLOBEX)).toBe(true);
      const exported = await get(`${STREAM_EXPORT}?offset=0`, {
        token: t.adminB,
        body: { properties: [{ name: 'tenantId', displayName: 'T' }] },
      });
      expect(new Set((await exported.text()).trim().split('\r\n').slice(1))).toEqual(new Set([GLOBEX]));
      // A created event stays in the creator's tenant.
      await get('/audits', { token: t.adminB, body: { severity: 'Info', action: 'globex only' } });
      expect((await list('count=1&offset=0&filter=globex only')).total).toBe(0);
      expect((await list('count=1&offset=0&filter=globex only', { token: t.adminB })).total).toBe(1);
    });

    it('refuses a user token naming another tenant on the metadata and IP routes too', async () => {
      // These routes read no tenant's events, yet the contract's 403 names no exception: they answered 200.
      for (const path of ['/metadata?entityName=audits', '/metadata/ip/8.8.8.8', '/metadata/ipme']) {
        for (const token of [t.adminA, t.viewerA]) {
          const other = await get(path, { token, tenant: GLOBEX });
          expect(other.status, path).toBe(403);
          expect((await errorsOf(other)).join(' ')).toContain('own tenant');
          // Its own tenant, or none named: no permission needed, as before.
          expect((await get(path, { token, tenant: ACME })).status, path).toBe(200);
          expect((await get(path, { token })).status, path).toBe(200);
        }
        // An environment token may name any tenant, or none.
        expect((await get(path, { token: t.env, tenant: GLOBEX })).status, path).toBe(200);
        expect((await get(path, { token: t.env })).status, path).toBe(200);
      }
    });
  });
}
