import { http } from 'msw';
import type { RequestHandler } from 'msw';
import { DEMO_JWT_SECRET } from '../auth/jwt.ts';
import { assertSize, createDataset, DEFAULT_EVENTS_PER_TENANT } from '../dataset/createDataset.ts';
import type { AuditDataset, DatasetOptions } from '../dataset/createDataset.ts';
import { uuidFrom, createRandom } from '../dataset/random.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { defaultScenario, mergeScenario } from '../scenario/mockScenario.ts';
import type { MockScenario } from '../scenario/mockScenario.ts';
import { ApiError, apiError, errorResponse, newTraceId } from './apiError.ts';
import type { ApiState } from './apiState.ts';
import { auditEndpoints } from './auditEndpoints.ts';
import { matchAuditRoute } from './auditRoutes.ts';
import { MatchCache } from './queryEvents.ts';
import { createTenantTimeline } from './tenantTimeline.ts';
import type { CreatedEvent, TenantTimeline } from './tenantTimeline.ts';

/** Options of {@link createMockAuditApi}. */
export interface MockAuditApiOptions extends DatasetOptions {
  /**
   * Generated events per tenant (0 to 1,000,000), one number for every tenant or a size per tenant id.
   * @default 2500
   */
  eventsPerTenant?: number | Record<string, number>;
  /** The scenario to start with (and to return to on `resetScenario()`). */
  scenario?: Partial<MockScenario>;
  /**
   * The HMAC secret tokens are verified with.
   * @default DEMO_JWT_SECRET
   */
  secret?: string;
}

/** A mock of the audits API: MSW handlers over a seeded dataset, with run-time scenarios. */
export interface MockAuditApi {
  /** MSW request handlers for every route of the contract, under any origin and prefix. */
  readonly handlers: RequestHandler[];
  /** The current scenario. */
  readonly scenario: Readonly<MockScenario>;
  /** Merges a partial scenario (top-level keys replace); throws on a bad value and changes nothing. */
  setScenario(partial: Partial<MockScenario>): void;
  /** Returns to the scenario the api was created with. */
  resetScenario(): void;
  /** Drops every event created through `POST /audits`. */
  reset(): void;
  /** Answers a `Request` with the mock (no MSW needed), or `undefined` when the path is not the API's. */
  handle(request: Request): Promise<Response | undefined>;
  /** The dataset behind the api. */
  readonly dataset: AuditDataset;
}

/**
 * Creates a mock of the audits API. Use its `handlers` with `setupServer` / `setupWorker`, or the ready-made
 * `createMockServer` (`@auditkit/mock-api/node`) and `startMockWorker` (`@auditkit/mock-api/browser`).
 *
 * @example
 * const api = createMockAuditApi({ seed: 7, now: '2026-01-01T00:00:00Z', eventsPerTenant: 500 });
 * const server = setupServer(...api.handlers);
 * api.setScenario({ status: { list: 503 } });
 */
export function createMockAuditApi(options: MockAuditApiOptions = {}): MockAuditApi {
  const dataset = createDataset(options);
  const fixedNow = options.now !== undefined;
  const sizes = resolveSizes(options.eventsPerTenant, dataset);
  const initialScenario = mergeScenario(defaultScenario, options.scenario ?? {});
  let scenario = initialScenario;
  const created = new Map<string, CreatedEvent[]>();
  let lastCreatedMs = -Infinity;
  // Bumped whenever created events change, so cached match indices of the old data are never reused.
  let dataVersion = 0;
  const cache = new MatchCache();
  const idRandom = createRandom(dataset.seed ^ 0x5bd1e995);

  const state: ApiState = {
    dataset,
    secret: options.secret ?? DEMO_JWT_SECRET,
    scenario: () => scenario,
    matchCache: () => ({ cache, dataVersion }),
    referenceNow: () => (fixedNow ? dataset.now : Math.max(Date.now(), dataset.now)),
    timelines(tenantIds) {
      return tenantIds.flatMap((tenantId): TenantTimeline[] => {
        const known = dataset.tenants.some((t) => t.tenantId === tenantId);
        const overlay = created.get(tenantId) ?? [];
        if (!known && overlay.length === 0) return [];
        const size = scenario.emptyTenants.includes(tenantId)
          ? 0
          : (scenario.eventsPerTenant[tenantId] ?? sizes(tenantId));
        return [createTenantTimeline(tenantId, overlay, dataset.series(tenantId, size))];
      });
    },
    addCreated(tenantId, fields) {
      // Strictly newer than every generated event and every earlier created one, so "newest first" holds.
      const ms = Math.max(fixedNow ? dataset.now + 1000 : Date.now(), lastCreatedMs + 1);
      lastCreatedMs = ms;
      const event = {
        ...fields,
        frontegg_id: uuidFrom(idRandom),
        tenantId,
        createdAt: new Date(ms).toISOString(),
      } as AuditEvent;
      const list = created.get(tenantId) ?? [];
      list.unshift({ event, ms });
      created.set(tenantId, list);
      dataVersion++;
      return event;
    },
  };

  async function handle(request: Request): Promise<Response | undefined> {
    const url = new URL(request.url);
    const match = matchAuditRoute(request.method, url.pathname);
    if (match.kind === 'notOurs') return undefined;
    const traceId = newTraceId();
    try {
      if (scenario.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, scenario.latencyMs));
      if (match.kind === 'unknown') throw apiError(404, `No route for ${request.method} ${url.pathname}`);
      const { endpoint, body } = match.route;
      const forced = scenario.status[endpoint] ?? scenario.status['*'];
      if (forced !== undefined) throw forcedError(forced, scenario.retryAfterSeconds);
      if (
        body === 'json' &&
        (scenario.malformedJson.includes(endpoint) || scenario.malformedJson.includes('*'))
      ) {
        return new Response('{"data":[{"frontegg_id":"', {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', 'frontegg-trace-id': traceId },
        });
      }
      return await auditEndpoints[endpoint]({ request, url, params: match.params, traceId, state });
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, traceId);
      console.error('[auditkit mock-api] unexpected error', error);
      return errorResponse(apiError(500, 'Internal error in the mock'), traceId);
    }
  }

  const resolver = ({ request }: { request: Request }) => handle(request);
  const handlers: RequestHandler[] = [
    http.all('*/audits', resolver),
    http.all('*/audits/*', resolver),
    http.all('*/metadata', resolver),
    http.all('*/metadata/*', resolver),
  ];

  return {
    handlers,
    dataset,
    handle,
    get scenario() {
      return scenario;
    },
    setScenario(partial) {
      scenario = mergeScenario(scenario, partial);
    },
    resetScenario() {
      scenario = initialScenario;
    },
    reset() {
      created.clear();
      dataVersion++;
      cache.clear();
    },
  };
}

function forcedError(status: number, retryAfterSeconds: number): ApiError {
  const messages: Record<number, string> = {
    401: 'Unauthorized (forced by the mock scenario)',
    403: 'Forbidden (forced by the mock scenario)',
    429: 'Too many requests (forced by the mock scenario)',
    500: 'Internal server error (forced by the mock scenario)',
    503: 'Service unavailable (forced by the mock scenario)',
  };
  const error = apiError(status, messages[status] ?? `Status ${status} (forced by the mock scenario)`);
  if (status === 429 || status === 503)
    return new ApiError(status, error.errors, error.errorCode, retryAfterSeconds);
  return error;
}

function resolveSizes(
  option: MockAuditApiOptions['eventsPerTenant'],
  dataset: AuditDataset,
): (tenantId: string) => number {
  if (option === undefined || typeof option === 'number') {
    const size = option ?? DEFAULT_EVENTS_PER_TENANT;
    assertSize(size, 'eventsPerTenant');
    return () => size;
  }
  for (const [tenantId, size] of Object.entries(option)) {
    if (!dataset.tenants.some((t) => t.tenantId === tenantId)) {
      throw new RangeError(
        `eventsPerTenant: unknown tenant ${tenantId}; known: ${dataset.tenants.map((t) => t.tenantId).join(', ')}`,
      );
    }
    assertSize(size, `eventsPerTenant.${tenantId}`);
  }
  return (tenantId) => option[tenantId] ?? DEFAULT_EVENTS_PER_TENANT;
}
