import {
  linkedEventFromSearch,
  queryToSearch,
  useHydrated,
  withoutLinkedEvent,
  writeAuditUrl,
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
 * link does, which keeps this small.
 */
export function useLinkedEvent(
  queryState: AuditQueryState,
  events: readonly AuditEventLike[],
  answered: boolean,
): LinkedEventState {
  const { urlPrefix: prefix, settled, query } = queryState;
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
    else if (linked.rowId === undefined && answered) {
      // Compared as data: an id is event text, never a key into an object.
      const index = events.findIndex((event) => event.frontegg_id === linked.id);
      setLinked({ ...linked, rowId: index < 0 ? null : rowIds(events)[index]! });
    }
  }
  const gone = linked?.gone === true;
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
