import {
  auditEventPage,
  linkedEventFromSearch,
  queryToSearch,
  useHydrated,
  useOptionalAuditClient,
  withoutLinkedEvent,
  writeAuditUrl,
  type AuditQuery,
  type AuditQueryState,
} from '@auditkit/headless';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEventLike } from '../types.ts';
import { rowIds } from './useAuditTable.ts';

interface Linked {
  id: string;
  /** The query the link opened, as text (a host's controlled `value` may be a new object each render). */
  query?: string;
  /** Once the first answer for that query is in: the event's row id, or `null` when the answer lacks it. */
  rowId?: string | null;
  /** The user moved on (closed the row, changed the query): the key leaves the URL and nothing more is done. */
  gone?: boolean;
  /**
   * The first answer lacked the event but the window holds more than a page: the page that holds the event's
   * time is being counted (`'counting'`), or was gone to (`'done'`), once.
   */
  seek?: 'counting' | 'done';
}

/** Where a link's event may be on another page than the one its query opened: numbered pages, with a count. */
export interface LinkedEventPaging {
  /** Numbered pages (`setPage`), not an infinite list. */
  numbered: boolean;
  /** The answer's count of events for the whole window. */
  total: number;
  /** The legacy list, as the table asks it. */
  legacy: boolean;
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
 * page (a burst) is looked for once on the page that holds its time (`auditEventPage`), before it is missing.
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
      const index = events.findIndex((event) => event.frontegg_id === linked.id);
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
      else setLinked({ ...linked, rowId: null });
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
 * The time a link's window is centred on (`auditEventUrl` writes the event's time a second either side), as an
 * ISO instant; `undefined` for a query with no such window.
 */
function windowMiddle(query: AuditQuery): string | undefined {
  const time = query.time;
  if (!time || !('from' in time) || !time.from || !time.to) return undefined;
  const middle = (Date.parse(time.from) + Date.parse(time.to)) / 2;
  return Number.isFinite(middle) ? new Date(middle).toISOString() : undefined;
}
