import {
  auditEventsQueryOptions,
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
 * the event that made it (a tick, a sort, a page), before React renders the change. Otherwise the request would
 * leave only when the list's observer takes the new key, in the commit after every part has rendered the change:
 * 6–7 ms after a click on the bench's filter change, 34–36 ms on a CPU four times slower (bench/README.md). The
 * list's observer joins the request in flight.
 *
 * Asked only for numbered pages, a query the provider owns (a controlled query is the host's to accept), and a
 * list that a part reads now (a table may read its own `paging` or `legacy`) and that none reads yet (the same
 * page set again, or one the pager already asks ahead). Not kept fresh as the first page is (`prefetchAuditEvents`):
 * an observer arriving after the answer asks again, so "show them" and a return to an earlier filter never show an
 * old answer. `onChange` runs in event handlers and effects, after the commit that hands `<AuditLog>`'s client the
 * newest `getToken`, so the request carries the current user's token (unlike one started while rendering; see
 * `PrefetchFirstPage`).
 */
export function usePrefetchingQueryState(
  options: AuditQueryStateOptions,
  list: { paging: AuditPagingMode; legacy: boolean },
): AuditQueryState {
  const { client, queryClient, retry } = useAuditContext('AuditStateProvider');
  // The query of the last commit (what the parts show), and the last key asked for ahead.
  const shown = useRef<AuditQuery | undefined>(undefined);
  const asked = useRef<QueryKey | undefined>(undefined);
  // Read by an enabled observer (the pager's observer of the page after a full one is disabled while a total is
  // known).
  const observed = (queryKey: QueryKey) =>
    queryClient.getQueryCache().find({ queryKey, exact: true })?.isActive() ?? false;
  const queryState = useAuditQueryState({
    ...options,
    onChange: (next) => {
      const target = auditEventsQueryOptions(client, next, list.legacy);
      if (
        list.paging === 'pages' &&
        options.value === undefined &&
        shown.current &&
        observed(auditEventsQueryOptions(client, shown.current, list.legacy).queryKey) &&
        !observed(target.queryKey)
      ) {
        // A page asked for ahead that no part took (two changes in one event) does not run on unread.
        if (asked.current && !observed(asked.current))
          void queryClient.cancelQueries({ queryKey: asked.current, exact: true });
        asked.current = target.queryKey;
        void queryClient.prefetchQuery({ ...target, ...retry });
      }
      options.onChange?.(next);
    },
  });
  useInsertionEffect(() => {
    shown.current = queryState.query;
  });
  return queryState;
}
