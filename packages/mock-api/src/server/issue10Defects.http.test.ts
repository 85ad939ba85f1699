// Issue 10 mock defects 4-7, one test each, expecting the fixed behaviour: all 18 were run against the code before
// the fix (commit c5de7a6) and failed there. Default options, as an embedder would start the server.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { createDemoToken } from '../auth/createDemoToken.ts';
import { DEMO_JWT_SECRET } from '../auth/jwt.ts';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (claims: object, header: object = { alg: 'HS256', typ: 'JWT' }) => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', DEMO_JWT_SECRET).update(input).digest('base64url')}`;
};
let server: StandaloneServer;
/** Started with the run-time controls on, as for tests and the demo (the old code had no way to turn them off). */
let controlled: StandaloneServer;
let admin = '';
let env = '';
const V2 = '/audits/resources/audits/v2?count=1&offset=0';
const get = (path: string, token = admin, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as object) },
  });
const raw = (method: string, path: string) =>
  new Promise<number>((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.setEncoding('utf8').on('data', (c: string) => (text += c));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
  });

beforeAll(async () => {
  server = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi({ seed: 1, now: '2026-06-15T12:00:00Z', eventsPerTenant: 100 }),
  });
  controlled = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi({ seed: 1, now: '2026-06-15T12:00:00Z', eventsPerTenant: 100 }),
    controlRoutes: true,
  });
  admin = await demoToken(demoIdentities.tenantAAdmin);
  env = await demoToken(demoIdentities.environment);
});
afterAll(async () => {
  await server.close();
  await controlled.close();
});

describe('issue 10 mock defects', () => {
  it('4a: a bad percent-escape in a path is a 400, not a 500', async () => {
    expect((await get('/metadata/ip/%E0%A4%A')).status).toBe(400);
  });
  it('4b: TRACE is a 405, not a 500', async () => {
    expect(await raw('TRACE', '/audits/stats')).toBe(405);
  });
  it('5a: latencyMs 2147483647 is refused', async () => {
    const r = await fetch(`${controlled.url}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"latencyMs":2147483647}',
    });
    expect(r.status).not.toBe(200);
  });
  it('5b: control routes refuse another origin and send no CORS *', async () => {
    const r = await fetch(`${controlled.url}/__mock/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(r.status).not.toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('5c: control routes are off unless started for tests', async () => {
    expect((await fetch(`${server.url}/__mock/scenario`)).status).toBe(404);
  });
  const base = {
    type: 'userToken',
    sub: 'x',
    tenantId: 'tenant-acme',
    permissions: ['fe.secure.read.audits'],
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  it('6a: a future nbf is refused', async () => {
    expect((await get(V2, jwt({ ...base, nbf: base.exp }))).status).toBe(401);
  });
  it('6b: a future iat is refused', async () => {
    expect((await get(V2, jwt({ ...base, iat: base.exp }))).status).toBe(401);
  });
  it('6c: an unknown crit header is refused', async () => {
    expect((await get(V2, jwt(base, { alg: 'HS256', typ: 'JWT', crit: ['x-unknown'] }))).status).toBe(401);
  });
  it('6d: an environment token with permissions [] cannot list', async () => {
    const none = await createDemoToken({ kind: 'environment', permissions: [] });
    expect((await get(V2, none)).status).toBe(403);
  });
  // Revised: it was refused as a tenant that does not exist (404). Frontegg keeps audits by tenant id and answers
  // an empty log for a tenant with none, so the create lands in the tenant the header names, and only there.
  it('6e: creating in a tenant with no events stores it there and nowhere else', async () => {
    const r = await get('/audits', env, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'frontegg-tenant-id': 'tenant-nowhere' },
      body: '{"severity":"Info","action":"6e probe"}',
    });
    expect(r.status).toBe(202);
    expect(await r.json()).toMatchObject({ tenantId: 'tenant-nowhere' });
    const own = await get(`${V2}&filter=6e%20probe`);
    expect(((await own.json()) as { total: number }).total).toBe(0);
  });
  it('6f: a user token with tenantId "" is refused', async () => {
    expect((await get(V2, jwt({ ...base, tenantId: '' }))).status).toBe(401);
  });
  it('7a: tenantId=a&tenantId=b is a 400 or 403, never the first checked only', async () => {
    expect(
      (await get(`/audits?count=1&offset=0&tenantId=tenant-acme&tenantId=tenant-globex`)).status,
    ).toBeGreaterThanOrEqual(400);
  });
  it('7b: a body tenantId on export naming another tenant is a 403', async () => {
    const r = await get('/audits/export/csv/v2?offset=0&count=1', admin, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ properties: [{ name: 'action', displayName: 'A' }], tenantId: 'tenant-globex' }),
    });
    expect(r.status).toBe(403);
  });
  it('7c: created_from=2026-02-30 is a 400', async () => {
    expect((await get(`${V2}&created_from=2026-02-30T00:00:00Z`)).status).toBe(400);
  });
  it('7d: createdAt $gt after $lt is a 400', async () => {
    const ops = encodeURIComponent('{"$gt":"2026-02-01T00:00:00Z","$lt":"2026-01-01T00:00:00Z"}');
    expect((await get(`/audits?count=1&offset=0&createdAt=${ops}`)).status).toBe(400);
  });
  // Revised: the service stores severities beyond the create enum (Frontegg's demo data: `Attention`, `info`)
  // and its portal filters by them, so an unknown one is applied and matches nothing; it is never ignored.
  it('7e: an unknown severity is applied (no rows), never ignored; an empty one is a 400', async () => {
    const response = await get('/audits?count=1&offset=0&severity=Urgent');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(0);
    expect((await get('/audits?count=1&offset=0&severity=')).status).toBe(400);
  });
  it('7f: an empty created_to is a 400', async () => {
    expect((await get(`${V2}&created_to=`)).status).toBe(400);
  });
  it('7g: a free-form date is not read in local time', async () => {
    expect((await get(`${V2}&created_from=${encodeURIComponent('2026-01-01 10:00')}`)).status).toBe(400);
  });
});
