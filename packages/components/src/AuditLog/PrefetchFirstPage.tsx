import {
  auditColumnsQueryOptions,
  auditEventsQueryOptions,
  prefetchAuditEvents,
  useAuditContext,
  useHydrated,
} from '@auditkit/headless';
import type { QueryState } from '@tanstack/react-query';
import { useState } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';

/** Props of {@link PrefetchFirstPage}. */
export interface PrefetchFirstPageProps {
  /** Numbered pages fetch the query's page; infinite scrolling fetches through its own query, so nothing here. */
  paging: 'pages' | 'infinite';
}

/**
 * Whether a query has neither data nor a request in flight. The state provider above has already rendered its
 * metadata observer, which puts the query in the cache (pending, idle) without fetching: only its subscription in
 * the commit would, so "in the cache" is not "asked for".
 */
const notStarted = (state: QueryState<unknown, unknown> | undefined) =>
  !state || (state.data === undefined && state.fetchStatus === 'idle');

/**
 * Sends the first list and metadata requests while React is still rendering the log, instead of after the first
 * commit (a query's fetch otherwise starts when its observer subscribes, in the commit, after every part has
 * rendered). It renders nothing and sits first inside the state provider, before the UI provider, so the
 * requests leave before the time zone is read and the toolbar, the table and the rest are rendered. The observers
 * that mount in the commit share the request in flight, or show its answer when it has come (FirstPageGate waits
 * for it): the prefetched page is fresh for a few seconds (`prefetchedEventsFreshMs`), so they do not ask again.
 *
 * Only in the log's first render, never after: `<AuditLog>` hands the newest `getToken` to its client in a
 * layout effect, so a request started while re-rendering for a new user would still carry the previous user's
 * token (under the new user's cache key). In the first render the token holder was just created with the current
 * `getToken`. A query with data or a request in flight is left alone (Strict Mode's second run, a shared
 * QueryClient).
 */
export function PrefetchFirstPage({ paging }: PrefetchFirstPageProps) {
  const { client, queryClient, retry } = useAuditContext('PrefetchFirstPage');
  const { queryState, legacy } = useAuditState();
  // Not on the server, nor in the render that hydrates its HTML: a server's answers would land in a cache no
  // browser sees (its getToken called, two authenticated requests per page view wasted, retries left running),
  // and the observers of a hydrated log ask in its first commit anyway.
  const hydrated = useHydrated();
  // A lazy initial state runs in the first render only. Errors surface through the observers that read the same
  // queries; prefetchQuery itself never throws.
  useState(() => {
    if (!hydrated) return false;
    // The list first: it is what the user waits for. The metadata's request leaves right after it (the table
    // shows its rows once both have answered).
    const events = auditEventsQueryOptions(client, queryState.query, legacy);
    if (paging === 'pages' && notStarted(queryClient.getQueryState(events.queryKey)))
      void prefetchAuditEvents(queryClient, events, retry);
    const columns = auditColumnsQueryOptions(client);
    if (notStarted(queryClient.getQueryState(columns.queryKey)))
      void queryClient.prefetchQuery({ ...columns, ...retry });
    return true;
  });
  return null;
}
