import type { RetryPolicy } from '../client/retryPolicy.ts';
import type { AuditContextValue } from './AuditProvider.tsx';

/**
 * The retry rule the log's queries follow, for a request asked outside an observer (a prefetch, a refresh, a count
 * before a change of the query): the provider's (`retryPolicy`, the library's own by default), else, with it turned
 * off, the QueryClient's defaults as an observer reads them (Query's 3 retries and doubling delays when it sets
 * none). Without it such a request retried as `fetchQuery` does, not at all, or as the library does whatever the
 * host had chosen, where the list beside it would not.
 *
 * @example
 * ```ts
 * const audit = useAuditContext('useMyCount');
 * await audit.queryClient.fetchQuery({ ...options, ...auditRetryRule(audit) });
 * ```
 */
export function auditRetryRule({
  retry,
  queryClient,
}: Pick<AuditContextValue, 'retry' | 'queryClient'>): RetryPolicy {
  if (retry) return retry;
  const { retry: retries = 3, retryDelay } = queryClient.getDefaultOptions().queries ?? {};
  return {
    retry: (failures, error) =>
      typeof retries === 'function'
        ? retries(failures, error as Error)
        : typeof retries === 'number'
          ? failures < retries
          : retries,
    // Query's own default when the client sets none.
    retryDelay: (failures, error) =>
      typeof retryDelay === 'function'
        ? retryDelay(failures, error as Error)
        : (retryDelay ?? Math.min(1000 * 2 ** failures, 30_000)),
  };
}
