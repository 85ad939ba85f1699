import {
  hashKey,
  queryOptions,
  type DataTag,
  type InfiniteData,
  type QueryClient,
  type QueryKey,
  type UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditColumn, AuditListResponse, AuditStats, IpLocation } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import type { RetryPolicy } from '../client/retryPolicy.ts';
import { columnsWithoutMetadata } from '../client/columnsWithoutMetadata.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { auditQueryMode } from './auditQueryMode.ts';
import { shareAnswerParts } from './shareAnswerParts.ts';
import { askSnapshot } from './eventsSnapshots.ts';
import { keyedQuery } from './keyedQuery.ts';
import { requestPinnedPage } from './requestPinnedPage.ts';

const allKey = (client: AuditListClient) => ['auditkit', client.baseUrl, client.cacheScope] as const;

/**
 * What each `…QueryOptions` function returns: Query's own type, by name, so the declaration files refer to it
 * instead of spelling it out. Spelled out (inferred, and written by a compiler without `exactOptionalPropertyTypes`),
 * its `queryFn?` read `… | undefined`, and a host compiling with that option could not hand the options to
 * `prefetchQuery` or `fetchQuery` (TS2379).
 */
export type AuditQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  AuditApiError,
  TData,
  TKey
> & { queryKey: DataTag<TKey, TData, AuditApiError> };

/** The key of a page of events; apart from `auditKeys`, so a page that only lists events leaves the other keys out. */
const eventsKey = (client: AuditListClient, query: AuditQuery, legacy = false) =>
  [...allKey(client), legacy ? 'events-legacy' : 'events', keyedQuery(query)] as const;

/** The key of a numbered list's snapshot, which all its pages share: its first page's key, hashed. Internal. */
export const snapshotKey = (client: AuditListClient, query: AuditQuery, legacy: boolean) =>
  hashKey(eventsKey(client, { ...query, page: 0 }, legacy));

/**
 * Query keys. Every key starts with `['auditkit', baseUrl, cacheScope]` (the client's `cacheScope`: the one you gave
 * it, else the tenant, else the client instance when the tenant is only inside a user token), so two tenants or API
 * bases never share a cache entry, and `auditKeys.all(client)` invalidates everything of one scope. Keys of a scope
 * within it (`${client.cacheScope}|…`) are beyond that prefix: `useCreateAudit` refreshes them too, and your own
 * refresh can match `queryKey[2]` being `client.cacheScope` or starting with `${client.cacheScope}|`. (`<AuditLog
 * client={client} userId>` on the same `QueryClient` keeps one such scope per user over your client.)
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: auditKeys.all(client) });
 * ```
 */
export const auditKeys = {
  all: allKey,
  events: eventsKey,
  // `legacy` goes last, not into the kind ('events-infinite', 'new-since'), which useAuditAccess reads by its place.
  eventsInfinite: (client: AuditListClient, query: Omit<AuditQuery, 'page'>, legacy = false) =>
    [...allKey(client), 'events-infinite', keyedQuery(query), ...(legacy ? ['legacy'] : [])] as const,
  newSince: (
    client: AuditListClient,
    since: string,
    query: Omit<AuditQuery, 'page' | 'pageSize' | 'sort'>,
    legacy = false,
  ) => [...allKey(client), 'new-since', since, keyedQuery(query), ...(legacy ? ['legacy'] : [])] as const,
  columns: (client: AuditListClient) => [...allKey(client), 'columns'] as const,
  stats: (client: AuditListClient) => [...allKey(client), 'stats'] as const,
  ip: (client: AuditListClient, ip: string) => [...allKey(client), 'ip', ip] as const,
};

/**
 * Whether a key is one of `client`'s, or of a scope within it (`<scope>|…`, such as the per-user scope that
 * `<AuditLog client userId>` reads the same client under): a change made through `client` (an event recorded) must
 * refresh every one of them.
 */
export const withinScope = (key: readonly unknown[], client: AuditListClient) =>
  key[0] === 'auditkit' &&
  key[1] === client.baseUrl &&
  typeof key[2] === 'string' &&
  (key[2] === client.cacheScope || key[2].startsWith(`${client.cacheScope}|`));

/** Whether a cached query belongs to the same API base and scope as the client (placeholders never cross). */
export const sameScope = (key: readonly unknown[], client: AuditListClient) =>
  key[1] === client.baseUrl && key[2] === client.cacheScope;

/**
 * How long a first page asked for ahead of its table ({@link prefetchAuditEvents}) counts as fresh: the table that
 * mounts once it has answered shows it without asking again (with Query's default, 0, it was asked for a second
 * time in the very commit that showed it). Any other page is stale at once, as before: a return to an earlier
 * filter asks again.
 */
export const prefetchedEventsFreshMs = 5_000;

/** Queries whose first answer came from {@link prefetchAuditEvents}, before any observer. */
const askedAhead = new WeakSet<object>();

/**
 * One page of events for a query: keeps the previous page while the next loads, and passes Query's `signal` to
 * `fetch`, so a request whose filters changed meanwhile is cancelled. The first page resolves presets when it is
 * asked; later pages ask within its snapshot (its time, and newest first its newest event) for up to 30 minutes.
 *
 * @example
 * ```ts
 * const data = await queryClient.fetchQuery(auditEventsQueryOptions(client, query));
 * ```
 */
export function auditEventsQueryOptions(
  client: AuditListClient,
  query: AuditQuery,
  legacy = false,
): AuditQueryOptions<AuditListResponse, ReturnType<typeof auditKeys.events>> {
  // Typed as Query's `queryOptions` types it, without the call: it only hands its argument back, and a page that
  // only lists events would ship it for this one use (the other options below are not on that page).
  const options: UnusedSkipTokenOptions<
    AuditListResponse,
    AuditApiError,
    AuditListResponse,
    ReturnType<typeof auditKeys.events>
  > = {
    queryKey: eventsKey(client, query, legacy),
    // Pages after the first ask within the snapshot their list's first page took (requestPinnedPage): the next page
    // neither repeats the rows that events created meanwhile pushed down (newest first) nor skips those a relative
    // range moved past. The first page takes a new one each time it is asked, so its rows are the newest (its end:
    // its newest event, newest first; sorted by another column, where a new event lands on any page, its newest
    // event asked beside it; oldest first, where new events only add to the end, its time alone, with no request
    // beside it on every filter change). A page asked with none (a link to page 3, a refresh, an old one) takes one
    // with its newest event asked beside it. The snapshot stays out of the answer: a first page asked again with
    // the same rows is the same answer.
    queryFn: async ({ signal, client: queryClient }) => {
      const snapshot = askSnapshot(queryClient, snapshotKey(client, query, legacy), query.page);
      const { at, createdTo, newest, ...page } = await requestPinnedPage(
        client,
        query,
        query.page * query.pageSize,
        snapshot.pin,
        signal,
        legacy,
        query.page > 0 || query.sort.column !== 'createdAt',
      );
      snapshot.keep({ at, createdTo, newest }, signal);
      return page;
    },
    structuralSharing: shareAnswerParts,
    ...auditQueryMode,
    // The previous page stays while the next loads, but never across tenants: another tenant's events must not
    // show, even for a moment, after a switch. `previous` as it is: Query's `keepPreviousData` only hands it back,
    // and a page that only lists events would ship it for this one use.
    placeholderData: (previous, previousQuery) =>
      previousQuery && sameScope(previousQuery.queryKey, client) ? previous : undefined,
    // A function, not a number: only the answer of a prefetch (the first one the query has) is kept fresh.
    staleTime: (query) =>
      askedAhead.has(query) && query.state.dataUpdateCount <= 1 ? prefetchedEventsFreshMs : 0,
  };
  return options as AuditQueryOptions<AuditListResponse, ReturnType<typeof auditKeys.events>>;
}

/**
 * Asks for a page of events before the table that shows it has mounted (`<AuditLog>` does in its first render),
 * and keeps that answer fresh for {@link prefetchedEventsFreshMs}, so the table mounting after it shows it without
 * asking again. Never throws (errors reach the observers), like `prefetchQuery`.
 *
 * @example
 * ```ts
 * void prefetchAuditEvents(queryClient, auditEventsQueryOptions(client, query), createRetryPolicy());
 * ```
 */
export function prefetchAuditEvents(
  queryClient: QueryClient,
  options: ReturnType<typeof auditEventsQueryOptions>,
  retry?: RetryPolicy,
): Promise<void> {
  const done = queryClient.prefetchQuery({ ...options, ...retry });
  const query = queryClient.getQueryCache().find({ queryKey: options.queryKey, exact: true });
  if (query) askedAhead.add(query);
  return done;
}

/**
 * Where a page of the infinite list starts: `offset` = events loaded so far, and `at`, the instant (ms) the list's
 * relative time range was read at by its first page, so every later page asks for the same window (undefined for
 * the first page, which reads the clock).
 */
export interface AuditPageParam {
  offset: number;
  at: number | undefined;
}

/** A page of the infinite list: the answer, and the instant its relative time range was read at. */
export interface AuditEventsPage extends AuditListResponse {
  at: number;
}

/** Pages of events for infinite scrolling: each page asks `offset` = events loaded so far, in one time window. */
export interface AuditEventsPages extends InfiniteData<AuditEventsPage, AuditPageParam> {
  /** Every loaded event, in order. */
  events: AuditListResponse['data'];
  /** Count of all matching events. */
  total: number;
}

/** Column metadata; Frontegg's default set when the endpoint is missing (404). Cached for five minutes. */
export function auditColumnsQueryOptions(
  client: AuditListClient,
): AuditQueryOptions<AuditColumn[], ReturnType<typeof auditKeys.columns>> {
  return queryOptions<AuditColumn[], AuditApiError, AuditColumn[], ReturnType<typeof auditKeys.columns>>({
    queryKey: auditKeys.columns(client),
    queryFn: async ({ signal }) => {
      try {
        return await client.columns({ signal });
      } catch (error) {
        const fallback = columnsWithoutMetadata(error);
        if (fallback) return fallback;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    ...auditQueryMode,
  });
}

/** Today's count and this week's severe count. */
export function auditStatsQueryOptions(
  client: AuditClient,
): AuditQueryOptions<AuditStats, ReturnType<typeof auditKeys.stats>> {
  return queryOptions<AuditStats, AuditApiError, AuditStats, ReturnType<typeof auditKeys.stats>>({
    queryKey: auditKeys.stats(client),
    queryFn: ({ signal }) => client.stats({ signal }),
    ...auditQueryMode,
  });
}

/** Where an IP is: asked once per IP and kept (it does not change within a session). */
export function ipLocationQueryOptions(
  client: AuditClient,
  ip: string,
): AuditQueryOptions<IpLocation, ReturnType<typeof auditKeys.ip>> {
  return queryOptions<IpLocation, AuditApiError, IpLocation, ReturnType<typeof auditKeys.ip>>({
    queryKey: auditKeys.ip(client, ip),
    queryFn: ({ signal }) => client.lookupIp(ip, { signal }),
    staleTime: Infinity,
    gcTime: 60 * 60_000,
    ...auditQueryMode,
  });
}
