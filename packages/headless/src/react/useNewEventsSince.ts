import { useQuery } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { requestList } from '../client/requestList.ts';
import { auditKeys } from './auditQueryOptions.ts';
import { pollInterval } from './pollInterval.ts';

/** Options of `useNewEventsSince`. */
export interface UseNewEventsSinceOptions extends AuditHookOptions {
  /** The filters the user is looking at; only newer events matching them are counted. */
  query: AuditQuery;
  /**
   * `createdAt` of the newest matching event the user has been shown (not simply the first row on screen: on a
   * later page or in another sort that is an older event); nothing is polled without it.
   */
  since: string | undefined;
  /**
   * Poll interval in milliseconds; one shorter than 5000 polls every 5000 (a development build warns). `0` never
   * polls again after the first. @default 30000
   */
  interval?: number | undefined;
  /** Set to false to stop polling (for example while the list itself is refetching). @default true */
  enabled?: boolean | undefined;
  /**
   * Poll the legacy `GET /audits` list, as a log reading that list does: a deployment without the v2 list would
   * otherwise fail every poll. @default false
   */
  legacy?: boolean | undefined;
}

/** What decides which events match: the query without its page, page size and sort. */
export function filtersOf(query: AuditQuery): Omit<AuditQuery, 'page' | 'pageSize' | 'sort'> {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  return filters;
}

/** The end a custom range sets itself (a preset's end is only ever now). */
const ownEnd = (query: Pick<AuditQuery, 'time'>) =>
  query.time && !('preset' in query.time) ? query.time.to : undefined;

/**
 * Whether events can still arrive in the query's time range at `now` (ms): a custom range that ends in the past
 * cannot gain any; one that ends now or later can, as `created:<today>` does until the end of the day in the
 * viewer's zone (its `to` is that instant, so no zone is needed here). The hooks judge it at each render, and each
 * poll's answer renders: once the end passes, polling stops after at most one more poll, which still counts an event
 * stamped just inside the range but answered after its end. An end that is no time (never sent) ends nothing.
 */
export const canGainEvents = (query: Pick<AuditQuery, 'time'>, now: number = Date.now()): boolean => {
  const to = ownEnd(query);
  return !to || (auditTimeMs(to) ?? Infinity) >= now;
};

/** What `useNewEventsSince` reports. */
export interface NewEventsSince {
  /** Events newer than `since` that match the query (0 until known). */
  total: number;
  /**
   * The server sent no count (some deployments leave it out of the legacy list): the one-event poll then only
   * says that there are new events, not how many, and `total` (1) is the least there can be.
   */
  totalIsLowerBound: boolean;
  /** The last poll's failure; the count keeps its last known value meanwhile. */
  error: AuditApiError | null;
  /** A poll is in flight. */
  isFetching: boolean;
  /**
   * A poll is waiting for the network: the browser says it is offline, and Query holds the poll instead of failing
   * it (`error` stays `null`). The count may be out of date meanwhile, as after a failure; it goes once it answers.
   */
  isPaused: boolean;
}

/**
 * Polls cheaply (`count=1`, `created_from` just after `since`) for how many newer events match, for a "12 new
 * events, show them" notice (`useNewEventsNotice` finds the right `since` on any page and in any sort). Polling
 * pauses while the document is hidden.
 *
 * @example
 * ```ts
 * // Sorted newest first, on the first page: its first row is the newest event shown.
 * const { total } = useNewEventsSince({ query, since: data?.data[0]?.createdAt });
 * ```
 */
export function useNewEventsSince(options: UseNewEventsSinceOptions): NewEventsSince {
  const { client, queryClient, retry } = useAuditContext('useNewEventsSince', options);
  const { query, since, interval = 30_000, legacy = false } = options;
  const filters = filtersOf(query);
  // Frontegg's `createdAt` has no zone and is UTC: read as local it would shift the window by the viewer's offset.
  const sinceTime = auditTimeMs(since) ?? Number.NaN;
  const result = useQuery(
    {
      queryKey: auditKeys.newSince(client, since ?? '', filters, legacy),
      queryFn: async ({ signal }) => {
        // A preset's end is this clock's now, which the server's may be past: left open. A range's own end is
        // kept, so an event stamped after it (it does not match) is never counted.
        const { createdTo, createdFrom, ...params } = toListParams({ ...query, page: 0 }, new Date());
        // created_from is inclusive: start just after the newest event already shown, or where the range starts
        // now if that is later: a preset ("Last hour") left open for hours counted every event since the baseline,
        // while "show them" lists only the last hour.
        const ownStart = auditTimeMs(createdFrom);
        const from =
          createdFrom !== undefined && ownStart !== undefined && ownStart > sinceTime
            ? createdFrom
            : new Date(sinceTime + 1).toISOString();
        const { total, data, totalUnknown } = await requestList(
          client,
          { ...params, count: 1, offset: 0, createdFrom: from, ...(ownEnd(query) && { createdTo }) },
          signal,
          legacy,
        );
        return { total, lowerBound: totalUnknown === true && data.length > 0 };
      },
      ...retry,
      // Not the log's network mode: offline, the poll pauses (`isPaused`, which the notice says) rather than failing
      // every interval.
      throwOnError: false,
      enabled: (options.enabled ?? true) && !Number.isNaN(sinceTime) && canGainEvents(query),
      refetchInterval: pollInterval(interval, 'useNewEventsSince', 'interval'),
      refetchIntervalInBackground: false,
    },
    queryClient,
  );
  return {
    total: result.data?.total ?? 0,
    totalIsLowerBound: result.data?.lowerBound ?? false,
    error: result.error as AuditApiError | null,
    isFetching: result.isFetching,
    isPaused: result.isPaused,
  };
}
