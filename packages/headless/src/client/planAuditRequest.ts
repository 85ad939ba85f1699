// Which endpoint of the audits API can express a whole query, and the exact parameters it gets. Frontegg's
// published document lists, per endpoint, what each one takes: the v2 list and v2 export know the time range,
// `users`, `email` and free text but no column filters; the legacy list and legacy export (what Frontegg's own
// portal calls) take each column filter as its own parameter and the time range as `createdAt` JSON, but not
// `users`. Nothing is sent to an endpoint that does not list it, and nothing is dropped without saying so: a
// filter no endpoint can take together with the rest comes back in `unapplied`, for the UI to show.
// Lists are encoded per endpoint: the v2 endpoints document `users`, `email` and `tenant_ids` as arrays in
// OpenAPI's default form style (`email=a&email=b`), and nothing shows they read JSON text; the legacy ones get a
// column filter's values as JSON array text (`severity=["High","Critical"]`), as `@frontegg/rest-api` and the
// portal send them there.
import type { AuditColumn, AuditListParams } from './auditTypes.ts';
import { sortByPattern } from './canSortBy.ts';
import { auditTimeMs } from './parseAuditTime.ts';
import { textFields } from './parseResponses.ts';

/** The endpoints a request can go to. */
export type AuditEndpoint = 'list' | 'legacyList' | 'exportPage' | 'legacyExport';

/**
 * Method and path (under the client's base URL) of each endpoint. Frozen to the last level: every client on the page
 * plans its requests from it, so `auditEndpoints.list.path = '/elsewhere'` would have sent every log's list there.
 */
export const auditEndpoints: Readonly<
  Record<AuditEndpoint, Readonly<{ method: 'GET' | 'POST'; path: string }>>
> = Object.freeze({
  list: Object.freeze({ method: 'GET', path: '/audits/resources/audits/v2' }),
  legacyList: Object.freeze({ method: 'GET', path: '/audits' }),
  exportPage: Object.freeze({ method: 'POST', path: '/audits/resources/audits/v2/export/csv' }),
  legacyExport: Object.freeze({ method: 'POST', path: '/audits/export/csv/v2' }),
});

/**
 * What the request is for: a page of the list; a page of CSV (`count` 1–200); or every matching event as one CSV
 * stream (only the legacy export can: `offset=0` and no `count`, as Frontegg's portal sends it).
 */
export type AuditRequestPurpose = 'list' | 'exportPage' | 'exportStream';

/** Why a filter (or the sort, or a time bound) cannot be applied. */
export type UnappliedReason =
  /** The column's name is one of the endpoint's own parameters (`count`, `offset`, `filter`…). */
  | 'reserved-name'
  /**
   * The column metadata says the column cannot be filtered, or the one endpoint allowed (`endpoints`) cannot filter
   * by it: a column filter on v2 alone.
   */
  | 'not-filterable'
  /**
   * `users` (the filter by user id) when `endpoints` allows only legacy ones (a `legacy` log): it cannot filter by
   * user id, only by the user's email (the `email` column). A stream export on a v2 log says `conflict` instead.
   */
  | 'legacy-cannot-filter'
  /** No column of that name exists in the metadata. */
  | 'unknown-column'
  /** `createdAt` is filtered by the time range, not by values. */
  | 'time-column'
  /** Each endpoint that takes this filter lacks another filter of the query (e.g. `users` with `severity`). */
  | 'conflict'
  /**
   * `sortBy` must match `^[A-Za-z0-9_]+$` and, when the metadata is known, name one of its columns or a field of
   * the event's documented shape: the API answers any other name with a 400.
   */
  | 'invalid-sort'
  /** A time bound that is not a date-time. */
  | 'invalid-time'
  /**
   * Sent, but the answer shows the API did not apply it: a legacy list's rows outside the `createdAt` range sent
   * (its `$lt` is not known to be read; see `AuditListResponse.unapplied`). Never planned, only found in an answer.
   */
  | 'ignored-by-api';

/** A part of the query that the request does not apply, and why. */
export interface UnappliedFilter {
  kind: 'filter' | 'sort' | 'time';
  /** The column filtered or sorted by (`createdAt` for a time bound). */
  column: string;
  /**
   * The filter's values (the bound, for a time bound; empty for the sort, and for a range an answer went outside
   * of: `ignored-by-api`).
   */
  values: readonly string[];
  reason: UnappliedReason;
}

/** A request ready to send. */
export interface AuditRequestPlan {
  endpoint: AuditEndpoint;
  method: 'GET' | 'POST';
  path: string;
  /**
   * Every query parameter, encoded as the endpoint documents it: a list repeats its key on the v2 endpoints
   * (`email=a&email=b`) and is JSON array text on the legacy ones (`severity=["High","Critical"]`), as
   * `@frontegg/rest-api` sends it there.
   */
  search: URLSearchParams;
  /** What the request does not apply; empty when it applies the whole query. */
  unapplied: readonly UnappliedFilter[];
}

/** Options of {@link planAuditRequest}. */
export interface PlanAuditRequestOptions {
  /** @default 'list' */
  purpose?: AuditRequestPurpose | undefined;
  /**
   * The column metadata: a filter on a column it marks not filterable, or does not list, is not sent and is
   * reported. Without it, column filters are sent as they are.
   */
  columns?: readonly AuditColumn[] | undefined;
  /** Only these endpoints are considered (e.g. `['legacyList']`). @default every endpoint of the purpose */
  endpoints?: readonly AuditEndpoint[] | undefined;
  /** The legacy export's `outputFileName`. */
  outputFileName?: string | undefined;
}

const candidatesOf: Record<AuditRequestPurpose, readonly AuditEndpoint[]> = {
  list: ['list', 'legacyList'],
  exportPage: ['exportPage', 'legacyExport'],
  exportStream: ['legacyExport'],
};

/**
 * Query filters the v2 endpoints take as documented parameters of the same name; of them, `users` is v2's alone
 * (the legacy endpoints have no such column).
 */
export const v2Filters: ReadonlySet<string> = new Set(['email', 'users']);

/**
 * Names a legacy column filter cannot have: the endpoints' own parameters (as the published document lists them)
 * would be overwritten or misread. `tenantId` among them, as in `apiParameterNames` (which links obey): the document
 * lists it as the tenant selector, so a filter of that name would pick a tenant (or be refused), not filter.
 */
const legacyReserved = new Set([
  'tenantId',
  'count',
  'offset',
  'sortBy',
  'sortDirection',
  'filter',
  'vendorId',
  'limit',
  'paginationMode',
  'outputFileName',
  'created_from',
  'created_to',
  'tenant_ids',
  'featureFlagId',
]);

/**
 * Whether `name` is a field of every event's documented shape (`AuditEvent`), which the API sorts by besides the
 * metadata's columns (Frontegg's portal sorts by `user`). `includes`, not a lookup: `constructor` is only a name.
 * The parser's list of text fields, not one more list to ship.
 */
const eventField = (name: string) =>
  name === 'createdAt' || name === 'frontegg_id' || textFields.includes(name);

/** Whether only the metadata can tell if the API sorts by `name` (an event field needs none). */
export const sortNeedsColumns = (name: string | undefined): boolean => !!name && !eventField(name);

/**
 * Whether the API can sort by `name`: the Map of columns is a Map, so `__proto__` is only a name there too. The
 * pattern is `canSortBy`'s (the table's rule), shared as the pattern itself: the list hook ships no more for it.
 */
const sortable = (name: string, columns: ReadonlyMap<string, AuditColumn> | undefined) =>
  sortByPattern.test(name) && (!columns || columns.has(name) || eventField(name));

const isV2 = (endpoint: AuditEndpoint) => endpoint === 'list' || endpoint === 'exportPage';

/**
 * One or more values of a legacy endpoint's column filter, as Frontegg's client sends them there: a single plain
 * value as is; several values, or one that could be read as JSON (it starts with `[`, `{` or `"`), as JSON array
 * text (`["High","Critical"]`), which `@frontegg/rest-api` produces for an array and which a server can never
 * take for an operator object. The v2 endpoints get a list as repeated keys instead (see {@link planAuditRequest}).
 *
 * @example
 * ```ts
 * encodeFilterValues(['High']); // 'High'
 * encodeFilterValues(['High', 'Critical']); // '["High","Critical"]'
 * ```
 */
export function encodeFilterValues(values: readonly string[]): string {
  const [only] = values;
  return values.length === 1 && only !== undefined && !/^\s*[[{"]/.test(only) ? only : JSON.stringify(values);
}

/** A time bound's instant, shifted by `shift` ms, as ISO text; `undefined` for no bound. */
const iso = (ms: number | undefined, shift = 0) =>
  ms === undefined ? ms : new Date(ms + shift).toISOString();

/**
 * Chooses the endpoint that applies the most of a query (the v2 one when it applies as much) and builds its
 * parameters: only those the endpoint documents, a list as repeated keys (v2: `email=a&email=b`) or as JSON array
 * text (legacy column filters: `severity=["High","Critical"]`), the time range as `created_from` /
 * `created_to` (v2) or `createdAt` JSON (legacy). What no endpoint can apply together with the rest is listed in
 * `unapplied`; a filter that only the unchosen endpoint takes is reported as `'conflict'`.
 *
 * @example
 * ```ts
 * const plan = planAuditRequest(
 *   { count: 20, offset: 0, filters: { severity: ['High', 'Critical'] } },
 *   { columns },
 * );
 * plan.endpoint; // 'legacyList'
 * plan.search.toString(); // 'count=20&offset=0&severity=%5B%22High%22%2C%22Critical%22%5D'
 * ```
 */
export function planAuditRequest(
  params: Partial<AuditListParams>,
  options: PlanAuditRequestOptions = {},
): AuditRequestPlan {
  const purpose = options.purpose ?? 'list';
  const held = options.endpoints;
  const all = candidatesOf[purpose];
  const endpoints = held ? all.filter((endpoint) => held.includes(endpoint)) : all;
  if (!endpoints[0])
    throw new TypeError(`[auditkit] planAuditRequest: a ${purpose} request goes to ${all.join(' or ')}.`);
  const columns = options.columns && new Map(options.columns.map((column) => [column.name, column]));
  // What every endpoint leaves out alike (the sort, a time bound), then each endpoint's own filters.
  const common: UnappliedFilter[] = [];
  const skip = (
    kind: UnappliedFilter['kind'],
    column: string,
    values: readonly string[],
    reason: UnappliedReason,
    into = common,
  ) => into.push({ kind, column, values, reason });
  // Every matching event for a stream: no `count`, as every Frontegg caller of the legacy export sends it
  // (@frontegg/rest-api's `IExportAudits` has none; the portal's saga passes `offset: 0`). The published document's
  // `count=0` is only its generated example, so nothing here relies on it; `offset` is required.
  const query: Record<string, string> =
    purpose === 'exportStream'
      ? { offset: '0' }
      : { count: `${params.count ?? 20}`, offset: `${params.offset ?? 0}` };
  // Always a sort, newest first unless asked otherwise, as Frontegg's portal sends: the service's own order
  // without one is its store's (a recorded legacy list answered neither newest nor oldest first), so pages
  // taken by offset from it could repeat or skip events. A sort it cannot send is said, and the default sent.
  query.sortBy = params.sortBy || 'createdAt';
  query.sortDirection = params.sortDirection || 'desc';
  if (!sortable(query.sortBy, columns)) {
    skip('sort', query.sortBy, [], 'invalid-sort');
    query.sortBy = 'createdAt';
    query.sortDirection = 'desc';
  }
  if (params.filter) query.filter = params.filter;
  const bound = (value: string | undefined) => {
    const ms = value ? auditTimeMs(value) : undefined;
    if (value && ms === undefined) skip('time', 'createdAt', [value], 'invalid-time');
    return ms;
  };
  const from = bound(params.createdFrom);
  const to = bound(params.createdTo);
  const filters = Object.entries(params.filters ?? {})
    .map(
      ([column, values]) =>
        [
          column,
          [...new Set((values ?? []).filter((value) => typeof value === 'string' && value !== ''))],
        ] as const,
    )
    .filter(([, values]) => values.length > 0);

  const candidates = endpoints.map((endpoint) => {
    const v2 = isV2(endpoint);
    const search = new URLSearchParams(query);
    const unapplied = [...common];
    const put = (key: string, value: string | undefined) => value !== undefined && search.set(key, value);
    if (v2) {
      put('created_from', iso(from));
      put('created_to', iso(to));
    } else if (from !== undefined || to !== undefined) {
      // Frontegg's portal sends the range as `createdAt` JSON with strict bounds; our bounds are inclusive, and
      // event times are whole milliseconds, so a strict bound one millisecond outside keeps the same events.
      put('createdAt', JSON.stringify({ $gt: iso(from, -1), $lt: iso(to, 1) }));
    }
    for (const [column, values] of filters) {
      const reason: UnappliedReason | undefined = v2
        ? v2Filters.has(column)
          ? undefined
          : 'conflict'
        : column === 'users'
          ? 'conflict'
          : column === 'createdAt'
            ? 'time-column'
            : legacyReserved.has(column)
              ? 'reserved-name'
              : columns && !columns.has(column)
                ? 'unknown-column'
                : columns?.get(column)?.filterable === false
                  ? 'not-filterable'
                  : undefined;
      if (reason) skip('filter', column, values, reason, unapplied);
      // v2: OpenAPI's form style, exploded, one key per value, each read as it is (no JSON reading on v2).
      else if (v2) for (const value of values) search.append(column, value);
      else search.set(column, encodeFilterValues(values));
    }
    if (endpoint === 'legacyExport') put('outputFileName', options.outputFileName || undefined);
    return { endpoint, search, unapplied };
  });
  // Fewest filters left out wins (a filter with three values counts once); on a tie, the documented v2 endpoint.
  const best = candidates.reduce((kept, candidate) =>
    candidate.unapplied.length < kept.unapplied.length ? candidate : kept,
  );
  // A filter unapplied on every candidate for its own reasons is reported with them, not as a conflict; with one
  // candidate (`endpoints` kept to one list: `legacy`), a filter only the other list takes cannot be had at all,
  // alone or with others. (The best's own list need not be left out of the search: its one item of that kind and
  // column is this conflict.) On a legacy endpoint that filter is `users`, which such a log filters by email
  // instead: "cannot be filtered" denied that. A stream export has one candidate on a v2 log too, which does
  // filter users by id: there the other filters are what keep `users` out, as the table says (`conflict`).
  const alone: UnappliedReason = isV2(best.endpoint)
    ? 'not-filterable'
    : held?.every((endpoint) => !isV2(endpoint))
      ? 'legacy-cannot-filter'
      : 'conflict';
  const unapplied = best.unapplied.map((item) =>
    item.reason !== 'conflict'
      ? item
      : candidates[1]
        ? (candidates
            .flatMap((candidate) => candidate.unapplied)
            .find(
              (other) =>
                other.kind === item.kind && other.column === item.column && other.reason !== 'conflict',
            ) ?? item)
        : { ...item, reason: alone },
  );
  return { endpoint: best.endpoint, ...auditEndpoints[best.endpoint], search: best.search, unapplied };
}
