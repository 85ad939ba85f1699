import { hashKey, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEvent } from '../client/auditTypes.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import type { AuditQuery, AuditSort } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { requestList } from '../client/requestList.ts';
import { auditKeys, snapshotKey } from './auditQueryOptions.ts';
import { snapshotNewest } from './eventsSnapshots.ts';
import { keyedQuery } from './keyedQuery.ts';
import { pollInterval } from './pollInterval.ts';
import { useAuditList, type UseAuditListOptions } from './useAuditList.ts';
import type { AuditQueryState } from './useAuditQueryState.ts';
import { canGainEvents, filtersOf, useNewEventsSince } from './useNewEventsSince.ts';

/** Options of `useNewEventsNotice`. */
export interface UseNewEventsNoticeOptions extends AuditHookOptions {
  /** The view's query state (the same one the table shows). */
  state: AuditQueryState;
  /** The paging style and options the table uses: they name the list "show them" refreshes. */
  list?: Pick<UseAuditListOptions, 'paging' | 'legacy' | 'infinitePageSize'> | undefined;
  /**
   * Poll interval in milliseconds; one shorter than 5000 polls every 5000 (a development build warns).
   * @default 30000
   */
  interval?: number | undefined;
  /** @default true */
  enabled?: boolean | undefined;
}

/** What `useNewEventsNotice` gives. */
export interface NewEventsNotice {
  /**
   * Events matching the filters that arrived after the newest one there was when these filters were loaded (or
   * the newest shown since), whatever page or sort is on screen; 0 while none.
   */
  readonly total: number;
  /** The server sent no count: there are new events, `total` is the least there can be (`useNewEventsSince`). */
  readonly totalIsLowerBound: boolean;
  readonly error: AuditApiError | null;
  /**
   * The check waits for the network (the browser says it is offline): no `error`, yet `total` may be out of date
   * until it answers. Say it as a failed check would be said.
   */
  readonly isPaused: boolean;
  /** Shows them: the first page, newest first (sorting so if need be), else asks the table's own list again. */
  showNew(): void;
}

const newestFirst: AuditSort = Object.freeze({ column: 'createdAt', direction: 'desc' });

/** The later of two audit timestamps; the first one when they are equal or the second is unreadable. */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return (auditTimeMs(b) ?? -Infinity) > (auditTimeMs(a) ?? -Infinity) ? b : a;
}

/**
 * A number no other mounted notice has: the baseline lookup's cache entry is this notice's own. Shared by key, a
 * log mounted later on the same QueryClient (a modal log over the page's, a second widget) got the entry an
 * earlier log had looked up long before (it keeps observing it, disabled, so `gcTime: 0` never collected it, and
 * `staleTime: Infinity` never asked again), and counted the events it had just loaded as new. A counter, not
 * `useId`: two React roots on one QueryClient give the same ids. Only ever in a query key, never rendered, so a
 * server render's numbers differing from the browser's changes no markup.
 */
let lastNotice = 0;
const nextNotice = () => ++lastNotice;

const newestOf = (events: readonly AuditEvent[]) =>
  events.reduce<string | undefined>((newest, event) => later(newest, event.createdAt), undefined);

/**
 * The baseline of an empty answer asked at `at` (ms): just before the start of the range it was asked for, the
 * epoch when it has none. Not the moment it answered: the browser's clock may be ahead of the server's, and an
 * event the server stamped after the answer but before the browser's "now" would never be counted. Nothing matched
 * from that start on (the answer was empty), so whatever the poll finds from there on is new: it cannot count an
 * old event (the range's earlier ones stay out: the poll starts where the range did) nor miss one stamped after it.
 */
function beforeRangeOf(query: AuditQuery, at: number): string {
  const { createdFrom } = toListParams(query, new Date(at));
  return new Date((auditTimeMs(createdFrom) ?? 0) - 1).toISOString();
}

/**
 * "12 new events, show them" for the list the table really shows: counts events that match the filters and
 * arrived after they were loaded, on any page and in any sort, and `showNew()` shows them (the first page, newest
 * first, or that list asked again, numbered pages or infinite). It reads the table's list from the cache (same
 * query and options), so it makes no list request of its own, except one `count=1` request when the view opens
 * somewhere other than the newest events (a later page, another sort).
 *
 * @example
 * ```tsx
 * const { total, showNew } = useNewEventsNotice({ state, list: { paging: 'infinite' } });
 * {total > 0 ? <button onClick={showNew}>{total} new events, show them</button> : null}
 * ```
 */
export function useNewEventsNotice(options: UseNewEventsNoticeOptions): NewEventsNotice {
  const { state, interval, enabled = true } = options;
  const hook = { client: options.client, queryClient: options.queryClient };
  const { client, queryClient, retry } = useAuditContext('useNewEventsNotice', hook);
  const { query, setPage, setSort } = state;
  const list = useAuditList(query, { ...hook, ...options.list, enabled });
  // A log reading the legacy list asks it for the baseline and the poll too.
  const { legacy } = list;
  const [notice] = useState(nextNotice);
  // When it came, for a snapshot's lookup to stand for its baseline (see the lookup below).
  const [cameAt] = useState(Date.now);

  // The baseline is the `createdAt` of the newest matching event when these filters were loaded; the notice
  // counts what arrived after it. The first row on screen is that event only on the first page sorted newest
  // first (on page 2 it is the 21st newest, sorted oldest first it is the oldest, sorted by another column any
  // one), so there it is read from the rows, and anywhere else asked for once: `count=1`, newest first, the same
  // cheap request the poll makes. The baseline belongs to the filters: a new page or sort keeps it, new filters
  // start a new one. It only ever moves later, to the newest event the first page shows since, newest first (after
  // "show them", or when that page is asked again); in another sort a new event on screen is still counted. It
  // belongs to the client's cache scope too: after a switch to another user or tenant, the last one's baseline
  // counted the new one's older events as new (and its own baseline was never asked for).
  const filters = filtersOf(query);
  const baselineKey = hashKey([client.baseUrl, client.cacheScope, keyedQuery(filters)]);
  const [baseline, setBaseline] = useState<{ baselineKey: string; since: string } | null>(null);
  const since = baseline?.baselineKey === baselineKey ? baseline.since : undefined;
  const sortedNewestFirst =
    query.sort.column === newestFirst.column && query.sort.direction === newestFirst.direction;
  const atTop = sortedNewestFirst && (list.paging === 'infinite' || query.page === 0);
  // Rows are evidence only once they are this query's own answer, not the previous one's kept while it loads.
  const shown = list.isPending || list.isRefreshing ? undefined : list.events;
  const topNewest = atTop ? shown?.[0]?.createdAt : undefined;
  const numbered = list.paging === 'pages';
  const asked = useQuery<string | null, AuditApiError>(
    {
      queryKey: [
        ...auditKeys.all(client),
        'newest',
        keyedQuery(filters),
        ...(legacy ? ['legacy'] : []),
        // This notice's own answer (see `nextNotice`): another log's is from when IT loaded.
        notice,
      ],
      queryFn: async ({ signal }) => {
        // Numbered pages in another sort, or opened past the first, asked the same beside their page for their
        // snapshot: its answer, not a second request on each change of the filters.
        // Taken since this notice came: one another log took earlier (a page kept from then) is from when IT loaded.
        const key = snapshotKey(client, query, legacy);
        const known = numbered ? snapshotNewest(queryClient, key, cameAt) : undefined;
        if (known !== undefined) return known;
        const params = toListParams({ ...query, page: 0, sort: newestFirst }, new Date());
        const { data } = await requestList(client, { ...params, count: 1, offset: 0 }, signal, legacy);
        return data[0]?.createdAt ?? null;
      },
      ...retry,
      // Paused offline, as its poll (useNewEventsSince).
      throwOnError: false,
      // Numbered pages: once the page is in, with the snapshot's lookup beside it.
      enabled:
        enabled &&
        since === undefined &&
        !atTop &&
        canGainEvents(query) &&
        (!numbered || shown !== undefined),
      // Asked once per visit to these filters: coming back to them later is a new load, with a new baseline (the
      // entry, this notice's own, is collected once the key moves on or the notice unmounts).
      staleTime: Infinity,
      gcTime: 0,
      // Unless it failed (after its retries): asked again at the notice's interval while the page is visible, as the
      // poll would be. Without a baseline nothing is polled, and a visible tab that stays online sends no event that
      // would ask again, so the notice stayed silent until the filters changed.
      refetchInterval: (lookup) =>
        lookup.state.status === 'error'
          ? pollInterval(interval ?? 30_000, 'useNewEventsNotice', 'interval')
          : false,
      refetchIntervalInBackground: false,
    },
    queryClient,
  );
  // No matching event at all (the newest-first page came back empty, or the lookup found none): the check starts
  // from the start of the range asked, instead of never (with no row there was no baseline, and no poll).
  const emptyAt =
    atTop && shown?.length === 0 ? list.updatedAt : asked.data === null ? asked.dataUpdatedAt : undefined;
  const loaded =
    since ?? topNewest ?? asked.data ?? (emptyAt === undefined ? undefined : beforeRangeOf(query, emptyAt));
  // Moved by rows only where they are the newest matching events, in order: in another sort a new event on
  // screen says nothing of the others that arrived before it.
  // Read over every row (an odd answer's rows may be out of order), once per list: the notice renders at each poll.
  const newestShown = useMemo(() => (atTop && shown ? newestOf(shown) : undefined), [atTop, shown]);
  const next = loaded === undefined ? undefined : later(loaded, newestShown);
  // Adjusting state while rendering (React's pattern for state derived from what a render sees): the poll
  // below starts from the right baseline in this very render, with no effect and no frame counting from another.
  if (next !== undefined && next !== since) setBaseline({ baselineKey, since: next });

  const poll = useNewEventsSince({ ...hook, query, since: next, interval, enabled, legacy });
  const { paging, refresh } = list;
  const page = query.page;
  const showNew = useCallback(() => {
    // Sorting newest first returns to page 0 too. Arriving on page 0 refetches it (it is stale); an infinite
    // list starts at the top anyway.
    if (!sortedNewestFirst) setSort(newestFirst);
    else if (paging === 'pages' && page !== 0) setPage(0);
    else void refresh();
    // The tenant's stats count the events just shown too: asked again with them, "Events today" beside the list
    // disagreed with it until the stats' own next poll (if any). Only a mounted stats query asks.
    void queryClient.invalidateQueries({ queryKey: auditKeys.stats(client) });
  }, [sortedNewestFirst, paging, page, setSort, setPage, refresh, queryClient, client]);
  return {
    total: poll.total,
    totalIsLowerBound: poll.totalIsLowerBound,
    error: poll.error ?? asked.error,
    isPaused: poll.isPaused || asked.isPaused,
    showNew,
  };
}
