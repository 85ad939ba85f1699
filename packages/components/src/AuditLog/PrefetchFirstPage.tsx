import { auditColumnsQueryOptions, auditEventsQueryOptions, useAuditContext } from '@auditkit/headless';
import { useState } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';

/** Props of {@link PrefetchFirstPage}. */
export interface PrefetchFirstPageProps {
  /** Numbered pages fetch the query's page; infinite scrolling fetches through its own query, so nothing here. */
  paging: 'pages' | 'infinite';
  legacy?: boolean;
}

/**
 * Sends the first list and metadata requests while React is still rendering the log, instead of after the first
 * commit (a query's fetch otherwise starts when its observer subscribes, in the commit, after every part has
 * rendered). It renders nothing and sits first inside the state provider, so the requests leave before the
 * toolbar, the table and the rest are rendered. The observers that mount in the commit share the request in
 * flight; when it has already answered (a very fast API), they show its rows at once and refresh them in the
 * background, as Query does for stale data.
 *
 * Only in the log's first render, never after: `<AuditLog>` hands the newest `getToken` to its client in a
 * layout effect, so a request started while re-rendering for a new user would still carry the previous user's
 * token (under the new user's cache key). In the first render the token holder was just created with the current
 * `getToken`. A query already in the cache is left alone (Strict Mode's second run, a shared QueryClient).
 */
export function PrefetchFirstPage({ paging, legacy = false }: PrefetchFirstPageProps) {
  const { client, queryClient, retry } = useAuditContext('PrefetchFirstPage');
  const { queryState } = useAuditState();
  // A lazy initial state runs in the first render only. Errors surface through the observers that read the same
  // queries; prefetchQuery itself never throws.
  useState(() => {
    const columns = auditColumnsQueryOptions(client);
    if (!queryClient.getQueryState(columns.queryKey))
      void queryClient.prefetchQuery({ ...columns, ...retry });
    const events = auditEventsQueryOptions(client, queryState.query, legacy);
    if (paging === 'pages' && !queryClient.getQueryState(events.queryKey))
      void queryClient.prefetchQuery({ ...events, ...retry });
    return true;
  });
  return null;
}
