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

    it('enforces an environment token’s permissions and refuses tenants that do not exist', async () => {
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
      for (const response of [
        await get('/audits', { token: t.env, tenant: 'tenant-nowhere', body: { severity: 'Info' } }),
        await get(`${V2}?count=1&offset=0&tenant_ids=tenant-nowhere`, { token: t.env }),
        await get('/audits/stats', { token: t.env, tenant: 'tenant-nowhere' }),
        await get(`${STREAM_EXPORT}?offset=0`, { token: t.env, tenant: 'tenant-nowhere', body: props }),
      ]) {
        expect(response.status).toBe(404);
        expect((await errorsOf(response)).join(' ')).toContain('tenant-nowhere');
      }
    });

    it('refuses a user token whose tenant does not exist with a 404, as it refuses an environment token', async () => {
      // A 200 with no events would pass for an empty audit log, and a create would land in a tenant nobody has.
      const nowhere = await createDemoToken({
        kind: 'user',
        tenantId: 'tenant-nowhere',
        permissions: ['fe.secure.read.audits', 'fe.secure.write.audits'],
      });
      for (const response of [
        await get(`${V2}?count=1&offset=0`, { token: nowhere }),
        await get('/audits?count=1&offset=0', { token: nowhere }),
        await get('/audits/stats', { token: nowhere }),
        await get(`${PAGED_EXPORT}?count=1&offset=0`, { token: nowhere, body: props }),
        await get(`${STREAM_EXPORT}?offset=0`, { token: nowhere, body: props }),
        await get('/audits', { token: nowhere, body: { severity: 'Info', action: 'into nowhere' } }),
      ]) {
        expect(response.status).toBe(404);
        expect((await errorsOf(response)).join(' ')).toContain('tenant-nowhere');
      }
      // Nothing was stored for the tenant that does not exist.
      const byEnv = await get(`${V2}?count=1&offset=0&filter=into nowhere`, { token: t.env });
      expect(((await byEnv.json()) as { total: number }).total).toBe(0);
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
