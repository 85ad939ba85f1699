import {
  auditEventsQueryOptions,
  auditRetryRule,
  useAuditContext,
  useAuditQueryState,
  type AuditPagingMode,
  type AuditQuery,
  type AuditQueryState,
  type AuditQueryStateOptions,
} from '@auditkit/headless';
import type { QueryKey } from '@tanstack/react-query';
import { useInsertionEffect, useRef } from 'react';

/**
 * The state provider's query state (`useAuditQueryState`), which also sends the list request of a new query from
 * the event that made it (a tick, a sort, a page, back and forward), before React renders the change. Otherwise the
 * request would leave only when the list's observer takes the new key, in the commit after every part has rendered
 * the change: 6–7 ms after a click on the bench's filter change, 34–36 ms on a CPU four times slower
 * (bench/README.md). React renders a change made while a DOM event is dispatched at once, so the list's observer
 * joins the request in the same task. A change made from a timer or an effect (the debounced search, a link's page
 * moved into range) is rendered later, and a fast answer could come before the observer, which would ask again:
 * those are left to the observer.
 *
 * Asked only for numbered pages, a query the provider owns (a controlled query is the host's to accept), and a
 * list that a part reads now (a table may read its own `paging` or `legacy`) and that none reads or asks for yet
 * (the same page set again, or one the pager already asks ahead). Not kept fresh as the first page is
 * (`prefetchAuditEvents`), so "show them" and a return to an earlier filter never show an old answer. `onChange`
 * runs after the commit that hands `<AuditLog>`'s client the newest `getToken`, so the request carries the current
 * user's token (unlike one started while rendering; see `PrefetchFirstPage`).
 */
export function usePrefetchingQueryState(
  options: AuditQueryStateOptions,
  list: { paging: AuditPagingMode; legacy: boolean },
): AuditQueryState {
  const { client, queryClient, retry } = useAuditContext('AuditStateProvider');
  // The query of the last commit (what the parts show), and the key asked for since.
  const shown = useRef<AuditQuery | undefined>(undefined);
  const asked = useRef<QueryKey | undefined>(undefined);
  // By hash, one lookup: `find({ queryKey, exact: true })` hashes the key once for every query in the cache, and
  // each filter tried adds a list to it (bench/profile.mjs filter: ~1 ms a change after a dozen changes, growing).
  const cached = (queryKey: QueryKey) =>
    queryClient.getQueryCache().get(queryClient.defaultQueryOptions({ queryKey }).queryHash);
  const queryState = useAuditQueryState({
    ...options,
    onChange: (next) => {
      const target = auditEventsQueryOptions(client, next, list.legacy);
      const targetQuery = cached(target.queryKey);
      // A page asked for in this event that a later change of the same event left unread does not run on.
      const unread = asked.current && cached(asked.current);
      if (unread !== targetQuery) {
        if (unread && !unread.isActive() && unread.state.fetchStatus === 'fetching')
          void queryClient.cancelQueries({ queryKey: unread.queryKey, exact: true });
        asked.current = undefined;
      }
      if (
        list.paging === 'pages' &&
        options.value === undefined &&
        typeof window !== 'undefined' &&
        // The event being dispatched, as React reads it to choose how soon to render.
        window.event !== undefined &&
        shown.current &&
        // Read by an enabled observer (the pager's observer of the page after a full one is disabled while a
        // count is known).
        cached(auditEventsQueryOptions(client, shown.current, list.legacy).queryKey)?.isActive() &&
        !targetQuery?.isActive() &&
        targetQuery?.state.fetchStatus !== 'fetching'
      ) {
        asked.current = target.queryKey;
        // As many retries as the observer it stands in for: `prefetchQuery` alone retries none.
        void queryClient.prefetchQuery({ ...target, ...auditRetryRule({ retry, queryClient }) });
      }
      options.onChange?.(next);
    },
  });
  useInsertionEffect(() => {
    shown.current = queryState.query;
    asked.current = undefined;
  });
  return queryState;
}
