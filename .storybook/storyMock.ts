// The mock audits API behind every story: one service worker for the whole Storybook (starting one per story
// would race), reset before each story to a known state, then given only what that story overrides.
import type { MockAuditApi, MockScenario } from '@auditkit/mock-api';
import { createMockAuditApi } from '@auditkit/mock-api';
import { startMockWorker, type MockWorker } from '@auditkit/mock-api/browser';
import type { RequestHandler } from 'msw';

/** What a story may set under `parameters.auditkit`. */
export interface AuditkitStoryParameters {
  /** A mock scenario on top of the defaults (latency, forced statuses, empty tenants, export stream…). */
  scenario?: Partial<MockScenario>;
  /** Extra MSW handlers, consulted before the mock's own (e.g. a custom metadata answer). */
  handlers?: RequestHandler[];
  /**
   * Who the story's client signs in as, by `demoIdentities` key.
   * @default 'tenantAAdmin'
   */
  identity?: 'tenantAAdmin' | 'tenantAViewer' | 'tenantBAdmin' | 'environment';
  /** The tenant an environment token acts on. */
  tenantId?: string;
  /**
   * Wrap the story in `<AuditRoot>` (the styling root). Off for `<AuditLog>`, which renders its own.
   * @default true
   */
  root?: boolean;
}

// A fixed clock and seed: the same events, times and screenshots on every run.
export const storyNow = '2026-11-20T12:00:00.000Z';

let started: Promise<MockWorker> | undefined;

function start(): Promise<MockWorker> {
  const api: MockAuditApi = createMockAuditApi({
    now: storyNow,
    eventsPerTenant: 600,
    // Strict, with Frontegg's shapes (zone-less times, 'Always', vendor columns): a story cannot pass on
    // behaviour the real service may not have.
    strict: true,
    fidelity: 'frontegg',
  });
  return startMockWorker(api);
}

/** Starts the worker once, then resets it and applies the story's overrides. */
export async function prepareMock(parameters: AuditkitStoryParameters = {}): Promise<MockAuditApi> {
  started ??= start();
  const { worker, api } = await started;
  worker.resetHandlers();
  // <AuditLog> keeps column choices in localStorage; each story starts from the defaults.
  for (const key of Object.keys(localStorage)) if (key.startsWith('auditkit')) localStorage.removeItem(key);
  api.reset();
  api.resetScenario();
  if (parameters.scenario) api.setScenario(parameters.scenario);
  if (parameters.handlers?.length) worker.use(...parameters.handlers);
  return api;
}
