import { demoTenants, type MockScenario } from '@auditkit/mock-api';

/** The mock API's behaviours the demo can switch between. */
export type ScenarioKey = 'normal' | 'slow' | 'errors' | 'brokenExport' | 'empty' | 'million';

const allTenants = demoTenants.map((tenant) => tenant.tenantId);

/** Each scenario: its label in the switch and the mock scenario it applies (on top of the defaults). */
export const scenarios: Record<ScenarioKey, { label: string; scenario: Partial<MockScenario> }> = {
  normal: { label: 'Normal', scenario: {} },
  slow: { label: 'Slow network (1.5 s a request)', scenario: { latencyMs: 1500, exportStream: 'slow' } },
  errors: { label: 'Server errors (500)', scenario: { status: { '*': 500 } } },
  brokenExport: {
    label: 'Export breaks off mid-stream',
    scenario: { exportStream: 'broken', exportBreakAfterRows: 400 },
  },
  empty: { label: 'Empty tenant', scenario: { emptyTenants: allTenants } },
  million: {
    label: '1,000,000 events',
    scenario: { eventsPerTenant: Object.fromEntries(allTenants.map((tenantId) => [tenantId, 1_000_000])) },
  },
};

export function isScenarioKey(value: unknown): value is ScenarioKey {
  return typeof value === 'string' && Object.hasOwn(scenarios, value);
}
