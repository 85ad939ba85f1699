import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditStats } from '../client/auditTypes.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditStatsQueryOptions } from './auditQueryOptions.ts';
import { reconnectAsHost } from './auditQueryMode.ts';
import { pollInterval } from './pollInterval.ts';

/** Options of `useAuditStats`. */
export interface UseAuditStatsOptions extends AuditHookOptions {
  /**
   * Poll every N milliseconds; not after a 403 answer. One shorter than 5000 polls every 5000 (a development build
   * warns). @default false
   */
  refetchInterval?: number | false | undefined;
}

/**
 * `{ totalToday, severeThisWeek }` of the tenant.
 *
 * @example
 * ```ts
 * const { data } = useAuditStats();
 * ```
 */
export function useAuditStats(options: UseAuditStatsOptions = {}): UseQueryResult<AuditStats, AuditApiError> {
  const { client, queryClient, retry } = useAuditContext('useAuditStats', options);
  const interval = pollInterval(options.refetchInterval ?? false, 'useAuditStats', 'refetchInterval');
  return useQuery(
    {
      ...auditStatsQueryOptions(requireAuditClient(client, 'useAuditStats', 'stats')),
      ...retry,
      refetchOnReconnect: reconnectAsHost(queryClient),
      // Not after a 403: asking again cannot give a permission back (the table and its refresh notice offer no
      // Retry for one either), and a user without it sent a failing request every interval while the page was open.
      // A 401 is asked again: the host's next token may be accepted. Anything that asks again (a "Show them", a
      // return to the tab) and is answered starts the interval again.
      refetchInterval: (query) =>
        query.state.status === 'error' && query.state.error?.status === 403 ? false : interval,
    },
    queryClient,
  );
}
