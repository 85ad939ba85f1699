import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { defaultScenario, mockEndpoints } from './mockScenario.ts';

describe('setScenario', () => {
  it('merges top-level keys and resets to the initial scenario', () => {
    const api = createMockAuditApi({ now: 0, scenario: { latencyMs: 5 } });
    api.setScenario({ status: { list: 500 } });
    api.setScenario({ exportStream: 'slow' });
    expect(api.scenario).toMatchObject({ latencyMs: 5, status: { list: 500 }, exportStream: 'slow' });
    api.resetScenario();
    expect(api.scenario).toMatchObject({ latencyMs: 5, status: {}, exportStream: 'normal' });
  });

  it('hands out a scenario no write can change, so resetScenario() restores the initial one', async () => {
    const api = createMockAuditApi({ now: 0, eventsPerTenant: 5 });
    const list = async () =>
      (await api.handle(
        new Request('https://api.example.test/audits/resources/audits/v2?count=1&offset=0', {
          headers: { authorization: `Bearer ${await demoToken(demoIdentities.tenantAAdmin)}` },
        }),
      ))!.status;
    const attempts: ((scenario: Record<string, unknown>) => void)[] = [
      (s) => ((s.status as Record<string, number>).list = 503),
      (s) => (s.malformedJson as string[]).push('*'),
      (s) => (s.emptyTenants as string[]).push(demoIdentities.tenantAAdmin.tenantId),
      (s) => ((s.eventsPerTenant as Record<string, number>)[demoIdentities.tenantAAdmin.tenantId] = 0),
      (s) => (s.latencyMs = 1_000_000),
    ];
    const tryWrite = (attempt: (scenario: Record<string, unknown>) => void) => {
      try {
        attempt(api.scenario as unknown as Record<string, unknown>);
      } catch {
        // Frozen: the write throws, which is the point.
      }
    };
    // Before any setScenario (the live object was the initial scenario itself) and after one.
    for (const attempt of attempts) tryWrite(attempt);
    api.setScenario({ exportStream: 'slow' });
    for (const attempt of attempts) tryWrite(attempt);
    api.resetScenario();
    expect(api.scenario).toEqual(defaultScenario);
    expect(await list()).toBe(200);
    // And the write says so at once, rather than skipping the bounds setScenario keeps.
    for (const attempt of attempts)
      expect(() => attempt(api.scenario as unknown as Record<string, unknown>)).toThrow(TypeError);
  });

  it('refuses tenant ids the dataset does not have, as the eventsPerTenant option does, and changes nothing', () => {
    const api = createMockAuditApi({ now: 0 });
    expect(() => api.setScenario({ eventsPerTenant: { acme: 0 }, emptyTenants: ['acme'] })).toThrow(
      /^eventsPerTenant: unknown tenant acme; known: tenant-acme, /,
    );
    expect(() => api.setScenario({ emptyTenants: ['acme'] })).toThrow(/^emptyTenants: unknown tenant acme;/);
    // Own keys from JSON, as the control route receives them.
    expect(() => api.setScenario(JSON.parse('{"eventsPerTenant":{"__proto__":0}}'))).toThrow(
      /unknown tenant __proto__/,
    );
    expect(api.scenario).toEqual(defaultScenario);
    expect(() => createMockAuditApi({ now: 0, scenario: { emptyTenants: ['acme'] } })).toThrow(
      /^emptyTenants: unknown tenant acme;/,
    );
    // The same message as the option at creation.
    expect(() => createMockAuditApi({ now: 0, eventsPerTenant: { acme: 0 } })).toThrow(
      /^eventsPerTenant: unknown tenant acme; known: tenant-acme, /,
    );
  });

  it('rejects a bad value with an error naming it, and changes nothing', () => {
    const api = createMockAuditApi({ now: 0 });
    api.setScenario({ latencyMs: 10 });
    const before = api.scenario;
    const bad: [unknown, RegExp][] = [
      [{ latencyMs: -1 }, /latencyMs/],
      [{ latency: 5 }, /Unknown scenario key latency/],
      [{ status: { list: 418 } }, /status.list must be one of 401, 403, 429, 500, 503/],
      [{ status: { lists: 500 } }, /unknown endpoint lists/],
      [{ malformedJson: ['everything'] }, /malformedJson/],
      [{ exportStream: 'fast' }, /exportStream/],
      [
        { eventsPerTenant: { 'tenant-acme': 2_000_000 } },
        /eventsPerTenant.tenant-acme must be an integer from 0 to 1000000/,
      ],
      [{ emptyTenants: 'tenant-acme' }, /emptyTenants/],
      [null, /scenario must be an object/],
    ];
    for (const [partial, message] of bad) {
      expect(() => api.setScenario(partial as never)).toThrow(message);
      expect(api.scenario).toBe(before);
    }
  });

  it('refuses a bad initial scenario when the api is created', () => {
    expect(() => createMockAuditApi({ scenario: { retryAfterSeconds: 1.5 } })).toThrow(/retryAfterSeconds/);
  });
});

describe('the README’s scenario table', () => {
  // The `status` row left out `exportLegacy` and `ipMe`, so a reader could not tell those could be forced too.
  it('names every endpoint a status can be forced on', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `status`'));
    expect(row).toBeDefined();
    const named = new Set([...row!.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect(mockEndpoints.filter((endpoint) => !named.has(endpoint))).toEqual([]);
  });
});
