import { http } from 'msw';
import type { RequestHandler } from 'msw';
import { DEMO_JWT_SECRET, WebCryptoUnavailableError } from '../auth/jwt.ts';
import {
  assertKnownTenant,
  assertSize,
  createDataset,
  DEFAULT_EVENTS_PER_TENANT,
} from '../dataset/createDataset.ts';
import type { AuditDataset, DatasetOptions } from '../dataset/createDataset.ts';
import { uuidFrom, createRandom } from '../dataset/random.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { defaultScenario, mergeScenario } from '../scenario/mockScenario.ts';
import type { MockScenario } from '../scenario/mockScenario.ts';
import { ApiError, apiError, errorResponse, newTraceId } from './apiError.ts';
import type { ApiState } from './apiState.ts';
import { auditEndpoints, endpointPermissions } from './auditEndpoints.ts';
import { matchAuditRoute } from './auditRoutes.ts';
import { resolveBaseUrl } from './resolveBaseUrl.ts';
import { MatchCache } from './queryEvents.ts';
import { fronteggAuditColumns } from '../dataset/auditColumns.ts';
import { DEMO_VENDOR_ID } from '../dataset/demoTenants.ts';
import { fronteggTimeFromMs } from '../dataset/isoTime.ts';
import { auditsOpenApiDocument } from '../openapi/auditsOpenApiDocument.ts';
import { createOpenApiValidator, OpenApiValidationError } from '../openapi/createOpenApiValidator.ts';
import { MAX_QUERY_BYTES } from './parseListQuery.ts';
import { assertJsonMediaType, readJsonBody } from './readJsonBody.ts';
import { isJsonMediaType } from './isJsonMediaType.ts';
import { ignoredParametersHeader } from './ignoredParametersHeader.ts';
import { authenticate, checkAccess, namedTenantsUnchecked } from './authorize.ts';
import { createTenantTimeline } from './tenantTimeline.ts';
import { delay } from './delay.ts';
import { withoutBody } from './withoutBody.ts';
import type { CreatedEvent, TenantTimeline } from './tenantTimeline.ts';

/** Options of {@link createMockAuditApi}. */
export interface MockAuditApiOptions extends DatasetOptions {
  /**
   * Generated events per tenant (0 to 1,000,000), one number for every tenant or a size per tenant id.
   * @default 2500
   */
  eventsPerTenant?: number | Record<string, number> | undefined;
  /** The scenario to start with (and to return to on `resetScenario()`). */
  scenario?: Partial<MockScenario> | undefined;
  /**
   * The HMAC secret tokens are verified with: one or more characters (an empty key cannot verify anything, and
   * made every authenticated request a 500).
   * @default DEMO_JWT_SECRET
   */
  secret?: string | undefined;
  /**
   * Strict mode: any query parameter the OpenAPI document does not list for that endpoint is a 400 naming it, so
   * no test passes on behaviour the real service may not have. Otherwise such parameters are ignored (and named,
   * percent-encoded and comma-separated, in the `x-mock-ignored-parameters` response header).
   * @default false
   */
  strict?: boolean | undefined;
  /**
   * `'frontegg'`, the only mode: data and behaviour as Frontegg's published material shows them (zone-less
   * `createdAt`, `showInMoreInfo: 'Always'` or absent, column filters only on the legacy endpoints). The
   * transitional `'compat'` mode (ISO times, column filters on every endpoint), which the real service never had,
   * is gone: passing it throws, so a test written against it fails loudly instead of passing on behaviour
   * Frontegg does not have.
   * @default 'frontegg'
   */
  fidelity?: 'frontegg' | undefined;
  /**
   * How much the events created through `POST /audits` may hold in all, in about bytes: the UTF-16 code units of
   * their JSON, plus what the heap keeps beside the text: 64 for each object or array, 8 for each array element and
   * 32 for each object property (its key included), so the heap they take stays within about 1.5 times this
   * value whatever their shape. Past it a create is a
   * 507 and nothing is stored, for any tenant (one budget, so memory stays bounded whatever the tenants), until
   * `reset()` drops them (or `POST /__mock/reset`, on a standalone server with `controlRoutes`), or a restart: a
   * standalone mock on a shared network must not be made to fill its memory, 64 KiB body after body.
   * @default 67108864 (64 Mi)
   */
  createdEventsLimit?: number | undefined;
  /**
   * Serve only requests under this base, leaving every other request to the next handler (`handle` answers
   * `undefined`): an absolute URL (`'https://api.frontegg.com'`, `'https://app.test/frontegg'`: origin and path must
   * match) or a path prefix on any origin (`'/frontegg'`). The routes are then the paths directly below it
   * (`<base>/audits/…`, `<base>/metadata…`), so a host app's own `https://api.myapp.test/v1/projects/7/audits` or
   * `/v1/metadata/flags` is not swallowed by `startMockWorker()` or `setupServer(...api.handlers, ...yours)`.
   * @default undefined: any origin and any prefix, matched on the end of the path
   */
  baseUrl?: string | undefined;
}

/** A mock of the audits API: MSW handlers over a seeded dataset, with run-time scenarios. */
export interface MockAuditApi {
  /**
   * MSW request handlers for every route of the contract, under any origin and prefix (or only under
   * {@link MockAuditApiOptions.baseUrl} when it is given).
   */
  readonly handlers: RequestHandler[];
  /** The current scenario, frozen (nested objects too): change it with {@link setScenario}. */
  readonly scenario: Readonly<MockScenario>;
  /** Merges a partial scenario (top-level keys replace); throws on a bad value and changes nothing. */
  setScenario(partial: Partial<MockScenario>): void;
  /** Returns to the scenario the api was created with. */
  resetScenario(): void;
  /**
   * Drops every event created through `POST /audits`, and what they left: the next create answers exactly what it
   * would on a fresh api with the same options (same `frontegg_id`, same `createdAt` under a fixed `now`).
   */
  reset(): void;
  /**
   * Answers a `Request` with the mock (no MSW needed), or `undefined` when the path is not the API's. `HEAD` is
   * answered on every `GET` route as `GET` is, without the body.
   */
  handle(request: Request): Promise<Response | undefined>;
  /** The dataset behind the api. */
  readonly dataset: AuditDataset;
  /** Whether unlisted parameters are refused (see {@link MockAuditApiOptions.strict}). */
  readonly strict: boolean;
  /** See {@link MockAuditApiOptions.fidelity}. */
  readonly fidelity: 'frontegg';
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
  const fidelity = options.fidelity ?? 'frontegg';
  if (fidelity !== 'frontegg')
    throw new TypeError(
      `fidelity must be 'frontegg'${(fidelity as unknown) === 'compat' ? " ('compat' was removed: the real service never behaved that way)" : ''}`,
    );
  const strict = options.strict ?? false;
  // Refused here, not at the first request: Web Crypto will not import a zero-length HMAC key, and that error is
  // not a token error, so every authenticated request was a 500.
  const secret = options.secret === undefined ? DEMO_JWT_SECRET : options.secret;
  if (typeof secret !== 'string' || secret.length === 0)
    throw new TypeError('secret must be a string of one or more characters');
  const underBase = resolveBaseUrl(options.baseUrl);
  const anchored = options.baseUrl !== undefined;
  const dataset = createDataset(options);
  const columns: readonly { name: string; filterable: boolean }[] = fronteggAuditColumns;
  const filterableVendorColumns = new Set(
    columns.filter((c) => c.filterable && !documentedColumnFilters.has(c.name)).map((c) => c.name),
  );
  const metadataRow = {
    id: uuidFrom(createRandom(dataset.seed ^ 0x2545f491)),
    entityName: 'audits',
    vendorId: DEMO_VENDOR_ID,
    createdAt: '2021-01-01 00:00:00.000',
    updatedAt: '2021-01-01 00:00:00.000',
    properties: columns,
    theme: { id: 'default', name: 'default', styles: {} },
  };
  const fixedNow = options.now !== undefined;
  const sizes = resolveSizes(options.eventsPerTenant, dataset);
  const initialScenario = mergeScenario(defaultScenario, options.scenario ?? {}, dataset.tenants);
  let scenario = initialScenario;
  const created = new Map<string, CreatedEvent[]>();
  const createdLimit = options.createdEventsLimit ?? 64 * 1024 * 1024;
  if (typeof createdLimit !== 'number' || !(createdLimit >= 0))
    throw new TypeError('createdEventsLimit must be a number of 0 or more');
  let createdSize = 0;
  let lastCreatedMs = -Infinity;
  // Bumped whenever created events change, so cached match indices of the old data are never reused.
  let dataVersion = 0;
  const cache = new MatchCache();
  // The ids of created events, from the seed; restarted by reset() with the rest of what creates leave behind.
  const newIdRandom = () => createRandom(dataset.seed ^ 0x5bd1e995);
  let idRandom = newIdRandom();

  const state: ApiState = {
    dataset,
    secret,
    scenario: () => scenario,
    matchCache: () => ({ cache, dataVersion }),
    referenceNow: () => (fixedNow ? dataset.now : Math.max(Date.now(), dataset.now)),
    metadataRow: () => metadataRow,
    tenantIds() {
      const seeded = dataset.tenants.map((t) => t.tenantId);
      const known = new Set(seeded);
      return [...seeded, ...[...created.keys()].filter((tenantId) => !known.has(tenantId))];
    },
    timelines(tenantIds) {
      return tenantIds.flatMap((tenantId): TenantTimeline[] => {
        const known = dataset.tenants.some((t) => t.tenantId === tenantId);
        const overlay = created.get(tenantId) ?? [];
        if (!known && overlay.length === 0) return [];
        const size = scenario.emptyTenants.includes(tenantId)
          ? 0
          : ((Object.hasOwn(scenario.eventsPerTenant, tenantId)
              ? scenario.eventsPerTenant[tenantId]
              : undefined) ?? sizes(tenantId));
        return [createTenantTimeline(tenantId, overlay, dataset.series(tenantId, size))];
      });
    },
    addCreated(tenantId, given) {
      // `_id` is the service's too: Frontegg's listed events carry a database id no caller chose (recorded in
      // frontegg/python-sdk, tests/cassettes/test_get_audits.yaml) and its create answer has none. The mock's
      // events are identified by frontegg_id, so a caller's `_id` is dropped rather than replaced.
      const { _id: _callersId, ...fields } = given;
      // Checked before anything changes: an event stored but not serialisable would turn every later list and
      // export of the tenant into a 500. Bodies are depth-limited on the way in, so this is the second line.
      // What will be stored: the fields and what the mock adds, whose lengths are fixed (an id, a time).
      const size = storedSize({
        ...fields,
        frontegg_id: '00000000-0000-0000-0000-000000000000',
        tenantId,
        vendorId: DEMO_VENDOR_ID,
        createdAt: '2000-01-01 00:00:00.000',
      });
      if (createdSize + size > createdLimit)
        throw new ApiError(
          507,
          [
            // True wherever the api runs: `/__mock/reset` is a 404 unless a standalone server turned its controls on.
            `POST /audits: the mock holds at most ${createdLimit} characters of created events, all tenants together (createdEventsLimit), and stores no more until it is reset: restart it, call api.reset(), or POST /__mock/reset to a standalone server started with control routes (--control-routes)`,
          ],
          'ER-AUDITS-INSUFFICIENT-STORAGE',
        );
      createdSize += size;
      // Strictly newer than every generated event and every earlier created one, so "newest first" holds: each
      // tenant's timeline is binary-searched on the assumption that times never increase down the list. A server's
      // clock never runs backward for its own store, so a clock earlier than the data (a test's
      // `vi.setSystemTime` before the dataset's `now`) stamps just after the newest generated event instead.
      const ms = Math.max(
        fixedNow ? dataset.now + 1000 : Math.max(Date.now(), dataset.now + 1),
        lastCreatedMs + 1,
      );
      lastCreatedMs = ms;
      // What the service owns comes last: a body cannot move the event to another vendor, tenant, id or time
      // (and its `_id` was dropped above).
      const event = {
        ...fields,
        frontegg_id: uuidFrom(idRandom),
        tenantId,
        vendorId: DEMO_VENDOR_ID,
        createdAt: fronteggTimeFromMs(ms),
      } as AuditEvent;
      // A new array, not the old one changed: a list or an export in flight holds the timeline built over the old
      // one, whose positions would all shift by one (an export then lost its last row and wrote the new event).
      created.set(tenantId, [{ event, ms }, ...(created.get(tenantId) ?? [])]);
      dataVersion++;
      return event;
    },
  };

  async function handle(request: Request): Promise<Response | undefined> {
    const response = await answer(request);
    // HEAD is GET without the body (RFC 9110 §9.3.2): the GET route ran its checks and set status and headers, so a
    // health check sees what GET would; the body is cancelled unread, so nothing is generated for no one.
    return request.method === 'HEAD' && response !== undefined ? withoutBody(response) : response;
  }

  async function answer(request: Request): Promise<Response | undefined> {
    const url = new URL(request.url);
    const path = underBase(url);
    if (path === undefined) return undefined;
    const match = matchAuditRoute(request.method, path, anchored);
    if (match.kind === 'notOurs') return undefined;
    const traceId = newTraceId();
    try {
      if (scenario.latencyMs > 0) {
        // Ends with the request: an aborted request (or one a closing server dropped) holds no timer.
        await delay(scenario.latencyMs, request.signal);
        if (request.signal.aborted) throw apiError(400, 'The request was aborted');
      }
      if (match.kind === 'unknown')
        throw apiError(404, `No route for ${request.method} ${shortPath(url.pathname)}`);
      if (match.kind === 'badPath') throw apiError(400, 'The path holds a percent-escape that is not UTF-8');
      if (match.kind === 'method') {
        const error = apiError(
          405,
          `${request.method.slice(0, 20)} is not allowed here; use ${orList(match.allow)}`,
        );
        return errorResponse(error, traceId, { allow: match.allow.join(', ') });
      }
      const { endpoint, method, body, operationId } = match.route;
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
      const claims = await authenticate(request, state.secret);
      // The query's own bytes: `search` starts with its `?`, which made exactly 8 KiB a 400.
      if (new TextEncoder().encode(url.search.slice(1)).length > MAX_QUERY_BYTES) {
        throw apiError(400, `query string must be at most ${MAX_QUERY_BYTES} bytes`);
      }
      // As a service behind a JSON body parser: a JSON body is parsed before the guards (413, or 400 when it is
      // not JSON) so they see its `tenantId`; a body of any other type is never read, and refused after them.
      const takesBody = validator.operation(documentPath(operationId), method)?.requestBody !== undefined;
      const jsonBody = takesBody && isJsonMediaType(request.headers.get('content-type'));
      const parsedBody = jsonBody ? await readJsonBody(request) : undefined;
      const takes = queryParameterNames(operationId);
      checkAccess(
        claims,
        namedTenantsUnchecked(request, url.searchParams, (name) => takes.has(name), parsedBody),
        endpointPermissions[endpoint],
      );
      if (takesBody && !jsonBody) assertJsonMediaType(request);
      const query = checked(() =>
        validator.checkQuery(operationId, url.searchParams, {
          strict,
          allowExtra: (name) => legacyOperations.has(operationId) && filterableVendorColumns.has(name),
        }),
      );
      if (parsedBody) checked(() => validator.checkBody(operationId, parsedBody));
      const response = await auditEndpoints[endpoint]({
        request,
        params: match.params,
        query,
        body: parsedBody,
        claims,
        traceId,
        state,
      });
      if (query.ignored.length > 0)
        response.headers.set('x-mock-ignored-parameters', ignoredParametersHeader(query.ignored));
      return response;
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, traceId);
      // Not the mock's fault but the environment's: the answer says what is missing and how to add it.
      if (error instanceof WebCryptoUnavailableError) {
        console.error(`[auditkit mock-api] ${error.message}`);
        return errorResponse(apiError(500, error.message), traceId);
      }
      console.error('[auditkit mock-api] unexpected error', error);
      return errorResponse(apiError(500, 'Internal error in the mock'), traceId);
    }
  }

  const resolver = ({ request }: { request: Request }) => handle(request);
  // A pattern without capture groups: MSW decodes captured path parameters and would throw on a bad escape
  // (`/metadata/ip/%E0%A4%A`) before the mock could answer 400.
  const handlers: RequestHandler[] = [http.all(/\/(?:audits|metadata)(?:\/[^?#]*)?$/, resolver)];

  return {
    handlers,
    dataset,
    handle,
    strict,
    fidelity,
    get scenario() {
      return scenario;
    },
    setScenario(partial) {
      scenario = mergeScenario(scenario, partial, dataset.tenants);
    },
    resetScenario() {
      scenario = initialScenario;
    },
    reset() {
      created.clear();
      createdSize = 0;
      // Also what earlier creates left: with a fixed `now`, a create after reset() got a later `createdAt` and
      // another id for each event created before it, so a test's data hung on the tests that ran first.
      lastCreatedMs = -Infinity;
      idRandom = newIdRandom();
      dataVersion++;
      cache.clear();
    },
  };
}

/** The legacy operations, where filterable vendor columns are parameters (as Frontegg's portal sends them). */
const legacyOperations = new Set(['listAudits', 'exportAuditsCsvStream', 'exportAuditsCsvLegacy']);
/** Column filters the document lists by name on the legacy operations. */
const documentedColumnFilters = new Set(['createdAt', 'email', 'action', 'ip', 'severity', 'userAgent']);

const documentPaths = new Map(
  Object.entries(auditsOpenApiDocument.paths).flatMap(([path, item]) =>
    Object.values(item).map((operation) => [operation.operationId, path] as const),
  ),
);
function documentPath(operationId: string): string {
  return documentPaths.get(operationId) ?? '';
}

/** The query parameters each operation lists (where `tenant_ids` and `tenantId` may name tenants). */
const queryParameters = new Map(
  Object.values(auditsOpenApiDocument.paths).flatMap((item) =>
    Object.values(item).map(
      (operation) =>
        [
          operation.operationId,
          new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name)),
        ] as const,
    ),
  ),
);
function queryParameterNames(operationId: string): ReadonlySet<string> {
  return queryParameters.get(operationId) ?? new Set();
}

/** Runs a document check; its problems become one 400 naming every bad parameter or field. */
function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof OpenApiValidationError) throw apiError(400, ...error.problems);
    throw error;
  }
}

/**
 * What an event holds against `createdEventsLimit`, near what the heap keeps for it: its JSON's length, plus
 * {@link nodeCost} for each object or array, {@link elementCost} for each array element and {@link propertyCost}
 * for each object property. Counted by the JSON text alone, bodies of empty objects (`[{},{},…]`, 3 characters each)
 * filled the heap some 20 times over the limit; counted by the text and the objects only, an array of small
 * numbers (2 characters each, 8 bytes or more in memory) or an object of thousands of short keys still filled it
 * some 4 times over. A 400 when the event has no JSON (nested too deeply or too large to write back).
 */
export function storedSize(fields: Record<string, unknown>): number {
  let extra = 0;
  try {
    const json = JSON.stringify(fields, (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null)
        extra +=
          nodeCost +
          (Array.isArray(value) ? value.length * elementCost : Object.keys(value).length * propertyCost);
      return value;
    });
    return json.length + extra;
  } catch {
    throw apiError(400, 'body: the event cannot be written back as JSON (nested too deeply or too large)');
  }
}

/** About what V8 spends on a small object or array beyond its JSON text (its header, shape and slots), in bytes. */
const nodeCost = 64;
/** What an array element takes beyond its text: at least its 8-byte slot (`[0,0,…]` is 2 characters each). */
const elementCost = 8;
/** What an object property takes beyond its text: its slot or dictionary entry and its key string, in bytes. */
const propertyCost = 32;

/** `GET, HEAD or POST`: a 405's methods as its message names them. */
function orList(methods: readonly string[]): string {
  return methods.length > 1 ? `${methods.slice(0, -1).join(', ')} or ${methods.at(-1)}` : (methods[0] ?? '');
}

function shortPath(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
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

/** One validator for every api instance: compiled schemas are shared. */
const validator = createOpenApiValidator(auditsOpenApiDocument);

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
    assertKnownTenant(tenantId, dataset.tenants, 'eventsPerTenant');
    assertSize(size, `eventsPerTenant.${tenantId}`);
  }
  // Own keys only: the tenant id comes from a token, and `constructor` must not read Object.prototype.
  return (tenantId) =>
    (Object.hasOwn(option, tenantId) ? option[tenantId] : undefined) ?? DEFAULT_EVENTS_PER_TENANT;
}
