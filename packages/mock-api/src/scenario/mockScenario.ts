import { assertKnownTenant, assertSize } from '../dataset/createDataset.ts';

/** The endpoints a scenario can target, one per route of the contract. */
export type MockEndpoint =
  | 'list'
  | 'listLegacy'
  | 'exportPaged'
  | 'exportStream'
  | 'exportLegacy'
  | 'create'
  | 'stats'
  | 'metadata'
  | 'ipLookup'
  | 'ipMe';

/** Every endpoint name, in route order. */
export const mockEndpoints: readonly MockEndpoint[] = [
  'list',
  'listLegacy',
  'exportPaged',
  'exportStream',
  'exportLegacy',
  'create',
  'stats',
  'metadata',
  'ipLookup',
  'ipMe',
];

/** A status a scenario can force on an endpoint. */
export type ForcedStatus = 401 | 403 | 429 | 500 | 503;

/** How the CSV export streams: normally, with every batch delayed, or broken off with an error after N rows. */
export type ExportStreamMode = 'normal' | 'slow' | 'broken';

/**
 * Run-time behaviour of the mock, switchable with `api.setScenario(partial)` (and over HTTP on the standalone
 * server at `PUT /__mock/scenario`).
 */
export interface MockScenario {
  /**
   * Delay before every answer, in ms.
   * @default 0
   */
  latencyMs: number;
  /**
   * A status forced on an endpoint (before auth), or on every endpoint with the key `'*'`.
   * @default {}
   */
  status: Partial<Record<MockEndpoint | '*', ForcedStatus>>;
  /**
   * `Retry-After` seconds sent with a forced 429 or 503.
   * @default 30
   */
  retryAfterSeconds: number;
  /**
   * JSON endpoints that answer 200 with a truncated, unparsable JSON body.
   * @default []
   */
  malformedJson: (MockEndpoint | '*')[];
  /** @default 'normal' */
  exportStream: ExportStreamMode;
  /**
   * Delay before each batch of rows when `exportStream` is `'slow'`, in ms.
   * @default 250
   */
  exportChunkDelayMs: number;
  /**
   * Data rows sent before the stream errors when `exportStream` is `'broken'`.
   * @default 50
   */
  exportBreakAfterRows: number;
  /**
   * Tenants whose dataset is empty (events created at run time still appear).
   * @default []
   */
  emptyTenants: string[];
  /**
   * Dataset size per tenant, overriding the api's `eventsPerTenant` (0 to 1,000,000).
   * @default {}
   */
  eventsPerTenant: Record<string, number>;
}

/** The scenario of a fresh api: everything behaves normally. Frozen to the bottom, like every scenario. */
export const defaultScenario: Readonly<MockScenario> = freezeScenario({
  latencyMs: 0,
  status: {},
  retryAfterSeconds: 30,
  malformedJson: [],
  exportStream: 'normal',
  exportChunkDelayMs: 250,
  exportBreakAfterRows: 50,
  emptyTenants: [],
  eventsPerTenant: {},
});

/**
 * Freezes a scenario and the objects and lists it holds. `api.scenario` hands out the one the api runs on, and
 * `Readonly` is only a shallow compile-time guard: `api.scenario.status.list = 503` once skipped validation and,
 * as the initial scenario is reused, survived `resetScenario()`. Frozen, such a write throws instead.
 */
function freezeScenario(scenario: MockScenario): MockScenario {
  Object.freeze(scenario.status);
  Object.freeze(scenario.malformedJson);
  Object.freeze(scenario.emptyTenants);
  Object.freeze(scenario.eventsPerTenant);
  return Object.freeze(scenario);
}

const forcedStatuses = new Set([401, 403, 429, 500, 503]);
const endpointNames = new Set<string>([...mockEndpoints, '*']);

/**
 * Merges a partial scenario onto `base` (top-level keys replace), validating every value; throws a TypeError or
 * RangeError naming the field, so a bad scenario never half-applies. The result is frozen, nested objects too.
 * With `tenants`, every tenant id it names (`emptyTenants`, `eventsPerTenant` keys) must be one of them.
 */
export function mergeScenario(
  base: Readonly<MockScenario>,
  partial: Partial<MockScenario>,
  tenants?: readonly { readonly tenantId: string }[],
): MockScenario {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    throw new TypeError('scenario must be an object');
  }
  const known = new Set(Object.keys(defaultScenario));
  for (const key of Object.keys(partial)) {
    if (!known.has(key))
      throw new TypeError(`Unknown scenario key ${key}; known keys: ${[...known].join(', ')}`);
  }
  const next: MockScenario = { ...base, ...partial };
  boundedInt(next.latencyMs, 'latencyMs', MAX_LATENCY_MS);
  boundedInt(next.retryAfterSeconds, 'retryAfterSeconds', 86_400);
  boundedInt(next.exportChunkDelayMs, 'exportChunkDelayMs', MAX_LATENCY_MS);
  boundedInt(next.exportBreakAfterRows, 'exportBreakAfterRows', 1_000_000);
  if (typeof next.status !== 'object' || next.status === null)
    throw new TypeError('status must be an object');
  for (const [endpoint, status] of Object.entries(next.status)) {
    if (!endpointNames.has(endpoint)) throw new TypeError(`status: unknown endpoint ${endpoint}`);
    if (!forcedStatuses.has(status as number))
      throw new RangeError(`status.${endpoint} must be one of 401, 403, 429, 500, 503`);
  }
  if (!Array.isArray(next.malformedJson) || next.malformedJson.some((e) => !endpointNames.has(e))) {
    throw new TypeError(`malformedJson must be a list of endpoints (${mockEndpoints.join(', ')})`);
  }
  if (!['normal', 'slow', 'broken'].includes(next.exportStream)) {
    throw new TypeError("exportStream must be 'normal', 'slow' or 'broken'");
  }
  if (!Array.isArray(next.emptyTenants) || next.emptyTenants.some((t) => typeof t !== 'string')) {
    throw new TypeError('emptyTenants must be a list of tenant ids');
  }
  if (typeof next.eventsPerTenant !== 'object' || next.eventsPerTenant === null) {
    throw new TypeError('eventsPerTenant must be an object of tenant id to size');
  }
  for (const [tenantId, size] of Object.entries(next.eventsPerTenant))
    assertSize(size, `eventsPerTenant.${tenantId}`);
  // Checked like the api's own `eventsPerTenant` option: a key for a tenant the dataset does not have (`acme`
  // for `tenant-acme`, or `__proto__` from a JSON body) changed nothing, silently. Own keys only.
  if (tenants) {
    for (const tenantId of Object.keys(next.eventsPerTenant))
      assertKnownTenant(tenantId, tenants, 'eventsPerTenant');
    for (const tenantId of next.emptyTenants) assertKnownTenant(tenantId, tenants, 'emptyTenants');
  }
  // Copies, so the caller's partial stays theirs, then frozen (see freezeScenario).
  return freezeScenario({
    ...next,
    status: { ...next.status },
    malformedJson: [...next.malformedJson],
    emptyTenants: [...next.emptyTenants],
    eventsPerTenant: { ...next.eventsPerTenant },
  });
}

/**
 * The longest delay a scenario may set, in ms. Enough to show any loading state; short enough that a bad value
 * (2147483647 would overflow `setTimeout` to 1 ms, or hang every call for 25 days) cannot stall the mock.
 */
export const MAX_LATENCY_MS = 30_000;

function boundedInt(value: unknown, name: string, max: number): void {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max)
    throw new RangeError(`${name} must be an integer from 0 to ${max}`);
}
