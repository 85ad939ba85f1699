import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditListResponse } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditEventsQueryOptions } from './auditQueryOptions.ts';
import { reconnectAsHost } from './auditQueryMode.ts';
import { pollInterval } from './pollInterval.ts';

/** Options of `useAuditEvents`. */
export interface UseAuditEventsOptions extends AuditHookOptions {
  /** @default true */
  enabled?: boolean | undefined;
  /** Use the legacy `GET /audits` list (what Frontegg's portal calls). @default false */
  legacy?: boolean | undefined;
  /**
   * Poll every N milliseconds; `false` for never. One shorter than 5000 polls every 5000 (a development build
   * warns). @default false
   */
  refetchInterval?: number | false | undefined;
}

/**
 * One page of events for a query. While the next page or filter loads, `data` keeps the previous page
 * (`isPlaceholderData` is then true); a request whose query changed meanwhile is cancelled, so the last query
 * always wins.
 *
 * @example
 * ```tsx
 * const { data, isPending, error, isPlaceholderData } = useAuditEvents(query);
 * return <ul aria-busy={isPlaceholderData}>{data?.data.map((event) => <li key={event.frontegg_id}>{event.action}</li>)}</ul>;
 * ```
 */
export function useAuditEvents(
  query: AuditQuery,
  options: UseAuditEventsOptions = {},
): UseQueryResult<AuditListResponse, AuditApiError> {
  const { client, queryClient, retry } = useAuditContext('useAuditEvents', options);
  return useQuery(
    {
      ...auditEventsQueryOptions(client, query, options.legacy),
      ...retry,
      refetchOnReconnect: reconnectAsHost(queryClient),
      // Given as undefined rather than left out, so a QueryClient's defaults do not apply: Query's own, on by
      // default and no interval, do.
      enabled: options.enabled,
      refetchInterval: pollInterval(options.refetchInterval, 'useAuditEvents', 'refetchInterval'),
    },
    queryClient,
  );
}
