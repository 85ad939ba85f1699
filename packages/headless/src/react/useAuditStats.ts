import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditStats } from '../client/auditTypes.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditStatsQueryOptions } from './auditQueryOptions.ts';

/** Options of `useAuditStats`. */
export interface UseAuditStatsOptions extends AuditHookOptions {
  /** Poll every N ms. @default false */
  refetchInterval?: number | false;
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
  return useQuery(
    {
      ...auditStatsQueryOptions(requireAuditClient(client, 'useAuditStats', 'stats')),
      ...retry,
      refetchInterval: options.refetchInterval ?? false,
    },
    queryClient,
  );
}
