import type { AuditColumn, AuditListParams, AuditListResponse, AuditRequestOptions } from './auditTypes.ts';
import { eventsOutside } from './eventsOutside.ts';
import { auditTimeMs } from './parseAuditTime.ts';
import { parseListResponse } from './parseResponses.ts';
import type { AuditEndpoint, AuditRequestPlan, AuditRequestPurpose } from './planAuditRequest.ts';
import {
  createAuditTransport,
  isThenable,
  type AuditClientOptions,
  type AuditTransport,
} from './createAuditTransport.ts';

/**
 * The part of the audits client that lists events: what `useAuditEvents`, `useAuditEventsInfinite`,
 * `useAuditList`, `useAuditColumns` and `useNewEventsSince` use. Every failure rejects with an `AuditApiError`.
 */
export interface AuditListClient {
  /** The base URL as given, without trailing slashes; part of every cache key. */
  readonly baseUrl: string;
  /** The tenant sent as `frontegg-tenant-id`, if any. */
  readonly tenantId: string | undefined;
  /** Part of every cache key: `cacheScope`, else `tenantId`, else unique to this instance. */
  readonly cacheScope: string;
  /**
   * A page of events from the endpoint that can apply the whole query (see `planAuditRequest`): the v2 list
   * (`GET /audits/resources/audits/v2`), or the legacy `GET /audits` when a column filter (severity, action, IP,
   * a custom column) is active. A filter neither can apply with the rest is not sent; `planRequest` says which.
   */
  list(params: AuditListParams, options?: AuditRequestOptions): Promise<AuditListResponse>;
  /**
   * `GET /audits`, the legacy list Frontegg's own portal calls, whatever the filters. A legacy answer (of this or of
   * `list`) with events outside the time range sent carries it in `unapplied` (`ignored-by-api`), events kept.
   */
  listLegacy(params: AuditListParams, options?: AuditRequestOptions): Promise<AuditListResponse>;
  /**
   * The request `list` (or an export) would send for these parameters: endpoint, query string and what it leaves
   * unapplied, judged against the column metadata (fetched once and kept five minutes when a column filter needs
   * it). `endpoints` holds it to some endpoints, as a legacy log's requests are (see {@link AuditPlanRequestOptions}).
   */
  planRequest(
    params: Partial<AuditListParams>,
    purpose?: AuditRequestPurpose,
    options?: AuditPlanRequestOptions,
  ): Promise<AuditRequestPlan>;
  /** `GET /metadata?entityName=audits`. */
  columns(options?: AuditRequestOptions): Promise<AuditColumn[]>;
}

/** Options of `planRequest`. */
export interface AuditPlanRequestOptions extends AuditRequestOptions {
  /**
   * Only these endpoints are considered, as `listLegacy` (`['legacyList']`) or a `legacy` export
   * (`['legacyExport']`) sends: a `users` filter is then reported as `legacy-cannot-filter` (such a log filters
   * users by email), not as a `conflict`.
   * @default every endpoint of the purpose
   * @example
   * ```ts
   * await client.planRequest({ filters: { users: ['u-1'] } }, 'exportStream', { endpoints: ['legacyExport'] });
   * // { endpoint: 'legacyExport', unapplied: [{ column: 'users', reason: 'legacy-cannot-filter', … }], … }
   * ```
   */
  endpoints?: readonly AuditEndpoint[] | undefined;
}

/**
 * The listing methods over a transport: the whole of a list client, and the first half of a full one, which reads
 * list pages with its own `parseList` (one that also keeps the events as sent, for the export).
 */
export function listClientOf(
  transport: AuditTransport,
  parseList: (body: unknown) => AuditListResponse = parseListResponse,
): AuditListClient {
  const listVia = async (
    params: AuditListParams,
    { signal }: AuditRequestOptions = {},
    endpoints?: readonly AuditEndpoint[],
  ) => {
    const planned = transport.plan(params, 'list', { signal, endpoints });
    // Not awaited when it is at hand, so the list request starts synchronously (see the transport's `token`).
    const plan = isThenable(planned) ? await planned : planned;
    const answer = await transport.json(plan.path, { search: plan.search, signal }, parseList);
    // The legacy list's range end (`createdAt`'s `$lt`) is not known to be read: Frontegg's portal sends only `$gt`
    // (frontegg-react's getFilterTime). An answer with events outside the range says so, events kept as sent (none
    // dropped unsaid); an event whose time cannot be read is not judged. Legacy answers alone pay for the check.
    if (plan.endpoint === 'legacyList') {
      if (eventsOutside(answer.data, auditTimeMs(params.createdFrom), auditTimeMs(params.createdTo)))
        answer.unapplied = [{ kind: 'time', column: 'createdAt', values: [], reason: 'ignored-by-api' }];
    }
    return answer;
  };
  return {
    ...transport.shared,
    list: (params, options) => listVia(params, options),
    listLegacy: (params, options) => listVia(params, options, ['legacyList']),
    planRequest: async (params, purpose, options) => transport.plan(params, purpose, options),
  };
}

/**
 * A client that only lists events (and reads the column metadata listing needs): for a page built on the list
 * hooks alone, which then bundles none of the export, stats, event-creation or IP-lookup code. Everything else
 * (`<AuditLog>`, `useCsvExport`, `useAuditStats`, `useCreateAudit`, `useIpLocation`) needs `createAuditClient`'s
 * client, and says so if given this one.
 *
 * @example
 * ```ts
 * const client = createAuditListClient({ baseUrl: '/frontegg', getToken: () => auth.accessToken });
 * const { data, total } = await client.list({ count: 20, offset: 0 });
 * ```
 */
export function createAuditListClient(options: AuditClientOptions): AuditListClient {
  return listClientOf(createAuditTransport(options, 'createAuditListClient'));
}
