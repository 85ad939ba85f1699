import { describe, expect, it } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';

describe('setScenario', () => {
  it('merges top-level keys and resets to the initial scenario', () => {
    const api = createMockAuditApi({ now: 0, scenario: { latencyMs: 5 } });
    api.setScenario({ status: { list: 500 } });
    api.setScenario({ exportStream: 'slow' });
    expect(api.scenario).toMatchObject({ latencyMs: 5, status: { list: 500 }, exportStream: 'slow' });
    api.resetScenario();
    expect(api.scenario).toMatchObject({ latencyMs: 5, status: {}, exportStream: 'normal' });
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
