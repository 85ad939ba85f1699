import { describe, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { TEST_NOW, TEST_SEED } from '../test/contractClient.ts';
import { createMockAuditApi } from './createMockAuditApi.ts';

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
});

describe('createMockAuditApi create', () => {
  it('answers a 20,000-level json with a 400 through handle(), stores nothing, and keeps listing the tenant', async () => {
    const api = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 50 });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const call = async (path: string, body?: string) =>
      (await api.handle(
        new Request(`https://api.example.test${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(body !== undefined && { body }),
        }),
      ))!;
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const created = await call('/audits', `{"severity":"Info","json":{"before":{"a":${deep}},"after":{}}}`);
    expect(created.status).toBe(400);
    expect(((await created.json()) as { errors: string[] }).errors.join(' ')).toMatch(/levels deep/);
    const page = await call('/audits/resources/audits/v2?count=20&offset=0');
    expect(page.status).toBe(200);
    expect(((await page.json()) as { total: number }).total).toBe(50);
  });
});
