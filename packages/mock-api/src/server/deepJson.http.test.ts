// A create body nested far too deep, over real HTTP, as the reviewer sent it: a 400 that says why, and the
// tenant's list still answering 200 afterwards (the old mock stored the event, answered 500, and then answered
// 500 to every list of that tenant).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

let server: StandaloneServer;
let admin = '';

beforeAll(async () => {
  server = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi({ seed: 1, now: '2026-06-15T12:00:00Z', eventsPerTenant: 100 }),
  });
  admin = await demoToken(demoIdentities.tenantAAdmin);
});
afterAll(async () => {
  await server.close();
});

it('refuses a 20,000-level json with a 400 and keeps serving the tenant’s list', async () => {
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  const created = await fetch(`${server.url}/audits`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: `{"severity":"Info","json":{"before":{"a":${deep}},"after":{}}}`,
  });
  expect(created.status).toBe(400);
  const { errors } = (await created.json()) as { errors: string[] };
  expect(errors.join(' ')).toMatch(/must not nest objects and arrays more than \d+ levels deep/);
  const page = await fetch(`${server.url}/audits/resources/audits/v2?count=20&offset=0`, {
    headers: { authorization: `Bearer ${admin}` },
  });
  expect(page.status).toBe(200);
  expect(((await page.json()) as { total: number }).total).toBe(100);
});
