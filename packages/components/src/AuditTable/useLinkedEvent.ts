import {
  auditEventPage,
  auditTimeMs,
  linkedEventFromSearch,
  ownValue,
  queryToSearch,
  useHydrated,
  useOptionalAuditClient,
  withoutLinkedEvent,
  writeAuditUrl,
  type AuditQuery,
  type AuditQueryState,
} from '@auditkit/headless';
import { useCallback, useEffect, useRef, useState } from 'react';
import { dropPivot, pivotOf, pivotQueryText, type EventPivot } from '../EventDetails/eventPivots.ts';
import type { AuditEventLike } from '../types.ts';
import { rowIds } from './useAuditTable.ts';

interface Linked {
  id: string;
  /** The query the link opened, as text (a host's controlled `value` may be a new object each render). */
  query?: string | undefined;
  /** Once the first answer for that query is in: the event's row id, or `null` when the answer lacks it. */
  rowId?: string | null | undefined;
  /** The user moved on (closed the row, changed the query): the key leaves the URL and nothing more is done. */
  gone?: boolean | undefined;
  /**
   * The first answer lacked the event but the window holds more than a page: the page that holds the event's
   * time is being counted (`'counting'`), or was gone to (`'done'`), once; an infinite list's next events are
   * being loaded down to the event's time (`'loading'`).
   */
  seek?: 'counting' | 'loading' | 'done' | undefined;
}

/** Where a link's event may be on another page than the one its query opened: numbered pages, with a count. */
export interface LinkedEventPaging {
  /** Numbered pages (`setPage`), not an infinite list. */
  numbered: boolean;
  /** The answer's count of events for the whole window. */
  total: number;
  /** The legacy list, as the table asks it. */
  legacy: boolean;
  /** An infinite list: more events can be loaded below those loaded. */
  hasMore?: boolean | undefined;
  /** An infinite list: loading the next events failed (they are asked again only when the user says so). */
  failed?: boolean | undefined;
  /** An infinite list's `loadMore`. */
  loadMore?: (() => void) | undefined;
}

/** What the table does with a link to one event (`audit.event`, `auditEventUrl`). */
export interface LinkedEventState {
  /** The row to open, focus and scroll to, once. */
  rowId: string | undefined;
  /** `'waiting'` until the first answer, `'missing'` when it lacks the event; `undefined` with no link. */
  status: 'waiting' | 'missing' | undefined;
  /** The user closed the linked row. */
  onClosed: () => void;
}

const asText = (query: AuditQueryState['query']) => queryToSearch(query, { prefix: '' });

/**
 * Follows a link to one event in a log whose query is in the URL: the id is read once the page's URL can be
 * (never on the server or in the render that hydrates, so hydration matches), and the first answer for the
 * link's query says whether the event is there. Once the user moves on (closes the row, or changes the query in
 * any way) the key leaves the URL, replacing the entry rather than adding one: Back or a reload then shows the
 * same events without opening the row again, and a link copied from the address bar is the view's, not the
 * event's. Back/forward onto an entry with the key does not open it again either: only a page opened with the
 * link does, which keeps this small. With numbered pages, an event the first page lacks in a window of more than a
 * page (a burst) is looked for once on the page that holds its time (`auditEventPage`), before it is missing; in an
 * infinite list, the next events are loaded until it is among them or those loaded are past its time.
 */
export function useLinkedEvent(
  queryState: AuditQueryState,
  events: readonly AuditEventLike[],
  answered: boolean,
  paging: LinkedEventPaging,
): LinkedEventState {
  const { urlPrefix: prefix, settled, query } = queryState;
  const client = useOptionalAuditClient();
  const hydrated = useHydrated();
  // Read in render once the page's URL can be (adjusting state while rendering, as React advises, rather than in
  // an effect): the prefix it was read under, and the link.
  const [linked, setLinked] = useState<Linked>();
  const [readFor, setReadFor] = useState<string>();
  if (hydrated && prefix !== undefined && readFor !== prefix) {
    setReadFor(prefix);
    const id = linkedEventFromSearch(location.search, { prefix });
    setLinked(id === undefined ? undefined : { id });
  }
  const current = linked && !linked.gone && settled ? asText(query) : undefined;
  if (linked && current !== undefined) {
    // The user changed the query: the link is done with.
    if (linked.query !== undefined && linked.query !== current) setLinked({ ...linked, gone: true });
    else if (linked.query === undefined) setLinked({ ...linked, query: current });
    else if (linked.rowId === undefined && answered && linked.seek !== 'counting') {
      // Compared as data: an id is event text, never a key into an object.
      const index = events.findIndex((event) => ownValue(event, 'frontegg_id') === linked.id);
      if (index >= 0) setLinked({ ...linked, rowId: rowIds(events)[index]! });
      // A burst (a bulk invite, a directory sync) puts more than a page in the link's two seconds: newest first,
      // the event may be on a later page. Looked for there once, before saying it is missing.
      else if (
        !linked.seek &&
        client &&
        paging.numbered &&
        paging.total > events.length &&
        windowMiddle(query)
      )
        setLinked({ ...linked, seek: 'counting' });
      // An infinite list: further down, once its next events are loaded (the effect below loads them).
      // Only in a link's own narrow window: a query widened by hand would load the whole log.
      else if (
        !paging.numbered &&
        linked.seek !== 'done' &&
        mayHoldBelow(events, query, windowMiddle(query, linkWindowMs), paging)
      ) {
        if (linked.seek !== 'loading') setLinked({ ...linked, seek: 'loading' });
      } else setLinked({ ...linked, rowId: null });
    }
  }
  const gone = linked?.gone === true;
  const counting = linked?.seek === 'counting' && !gone ? query : undefined;
  const { legacy } = paging;
  const { setQuery } = queryState;
  useEffect(() => {
    if (!counting || !client) return;
    const controller = new AbortController();
    const at = windowMiddle(counting)!;
    auditEventPage(client, counting, at, { legacy, signal: controller.signal })
      .catch(() => counting.page)
      .then((page) => {
        if (controller.signal.aborted) return;
        if (page === counting.page) {
          setLinked((was) => was && { ...was, seek: 'done', rowId: null });
          return;
        }
        // The page the link opens on, in place of the first: the same entry, and the link's query from now on.
        setLinked((was) => was && { ...was, seek: 'done', query: undefined });
        setQuery((previous) => ({ ...previous, page }), { history: 'replace' });
      });
    return () => controller.abort();
  }, [counting, client, legacy, setQuery]);
  // Next events until the event is among them (the render above then opens it) or the list is past its time.
  const loading = linked?.seek === 'loading' && !gone && linked.rowId === undefined;
  useLoadingMore(loading && answered && !paging.failed, paging.loadMore, events);
  useEffect(() => {
    if (gone && prefix !== undefined)
      writeAuditUrl(prefix, 'event', (search) => withoutLinkedEvent(search, { prefix }), 'replace');
  }, [gone, prefix]);
  const onClosed = useCallback(() => setLinked((was) => was && { ...was, gone: true }), []);
  const live = linked && !gone ? linked : undefined;
  return {
    rowId: live?.rowId ?? undefined,
    status: !live ? undefined : live.rowId === null ? 'missing' : live.rowId ? undefined : 'waiting',
    onClosed,
  };
}

/**
 * The row of a pivot's event (`pivotOf`, said by the details' `useEventPage`) once the new query's rows hold it. An
 * infinite list's next events are loaded until it is among them, the list is past its time, or the pivot's wait
 * (from the new list's first answer) is over. Numbered pages open on the page that holds it (`useEventPage` counted
 * it), which the table shows from its top: the row is brought back into view there, or is not on it. Dropped when
 * the query changes again; a later pivot takes its place.
 */
export function usePivotRow(
  queryState: AuditQueryState,
  events: readonly AuditEventLike[],
  answered: boolean,
  paging: LinkedEventPaging,
): string | undefined {
  const { query } = queryState;
  const client = useOptionalAuditClient();
  const text = pivotQueryText(query);
  // The row found (an id), given up on (`null`) or looked for (`undefined`); when the wait ends (set at the new
  // list's first answer, in ms) and how many events were loaded as last seen.
  const [seek, setSeek] = useState<{
    pivot: EventPivot;
    rowId?: string | null | undefined;
    until?: number | undefined;
    rows?: number | undefined;
  }>();
  const latest = client && pivotOf(client);
  // Still the pivot's query: the user has not moved on.
  const ours = seek && seek.pivot.to === text ? seek : undefined;
  // Taken as its change arrives (the button sets the query right after saying so).
  if (latest && latest !== seek?.pivot && latest.to === text) setSeek({ pivot: latest });
  else if (seek && seek.rowId === undefined && !ours) setSeek({ ...seek, rowId: null });
  else if (ours && ours.rowId === undefined && answered) {
    const index = events.findIndex((event) => ownValue(event, 'frontegg_id') === ours.pivot.id);
    if (index >= 0) setSeek({ ...ours, rowId: rowIds(events)[index]! });
    // Fewer events than before: the list started over (a refresh, "show them"), at its top, and is left there.
    // A numbered page loads no more: the event is on it or not.
    else if (
      paging.numbered ||
      !mayHoldBelow(events, query, ours.pivot.at, paging) ||
      events.length < (ours.rows ?? 0)
    )
      setSeek({ ...ours, rowId: null });
    else if (ours.rows !== events.length) setSeek({ ...ours, rows: events.length });
  }
  // Taken once: not again when the same query comes back later (Back).
  const taken = seek?.pivot;
  useEffect(() => {
    if (client && taken) dropPivot(client, taken);
  }, [client, taken]);
  const loading = ours !== undefined && ours.rowId === undefined;
  useLoadingMore(loading && answered && !paging.failed && !paging.numbered, paging.loadMore, events);
  // When the wait ends: from the new list's first answer, once, not again after each refresh.
  const deadline = useRef<{ pivot: EventPivot; until: number }>(undefined);
  const pivot = ours?.pivot;
  useEffect(() => {
    if (!loading || !answered || !pivot) return;
    if (deadline.current?.pivot !== pivot) deadline.current = { pivot, until: Date.now() + pivot.waitMs };
    // The wait is over: the list stays as far as it is loaded, and the row is not looked for any more.
    const timer = setTimeout(
      () => setSeek((was) => (was && was.rowId === undefined ? { ...was, rowId: null } : was)),
      Math.max(0, deadline.current.until - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [loading, answered, pivot]);
  return ours?.rowId ?? undefined;
}

/**
 * Whether an infinite list may hold the event of time `at` (ms, or an ISO instant) below the events loaded: more
 * can be loaded, and, sorted by time, the last loaded is not past it yet (events of its very millisecond may sort
 * either side of it). Past it, the event would have been loaded: it is not in the list. Another sort says nothing
 * of where it is, and nothing more is loaded for it.
 */
export function mayHoldBelow(
  events: readonly AuditEventLike[],
  query: AuditQuery,
  at: unknown,
  paging: Pick<LinkedEventPaging, 'hasMore' | 'loadMore'>,
): boolean {
  const time = auditTimeMs(at);
  if (!paging.hasMore || !paging.loadMore || time === undefined || query.sort.column !== 'createdAt')
    return false;
  const last = auditTimeMs(ownValue(events.at(-1), 'createdAt'));
  if (last === undefined) return false;
  return query.sort.direction === 'desc' ? last >= time : last <= time;
}

/**
 * While `loading`, asks an infinite list for its next events each time its events change. Once more a moment
 * later: a load ending as the events came in may still be marked busy then, and takes no second call.
 */
export function useLoadingMore(
  loading: boolean,
  loadMore: (() => void) | undefined,
  events: readonly AuditEventLike[],
): void {
  useEffect(() => {
    if (!loading || !loadMore) return;
    loadMore();
    const timer = setTimeout(loadMore, 250);
    return () => clearTimeout(timer);
  }, [loading, loadMore, events]);
}

/**
 * The time a link's window is centred on (`auditEventUrl` writes the event's time a second either side), as an
 * ISO instant; `undefined` for a query with no such window.
 */
function windowMiddle(query: AuditQuery, widest = Infinity): string | undefined {
  const time = query.time;
  if (!time || !('from' in time) || !time.from || !time.to) return undefined;
  const [from, to] = [Date.parse(time.from), Date.parse(time.to)];
  const middle = (from + to) / 2;
  return Number.isFinite(middle) && to - from <= widest ? new Date(middle).toISOString() : undefined;
}

/** The widest window an infinite list loads on through for a link's event: `auditEventUrl`'s two seconds, and some. */
const linkWindowMs = 10_000;
