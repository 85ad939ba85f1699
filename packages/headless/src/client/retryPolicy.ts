import { isAuditApiError } from './AuditApiError.ts';

/** Tuning of `createRetryPolicy`. */
export interface RetryPolicyOptions {
  /** Retries after the first failure. @default 3 */
  maxRetries?: number | undefined;
  /** First backoff delay in ms, doubled on each retry. @default 500 */
  baseDelay?: number | undefined;
  /** Upper bound of any delay in ms, `Retry-After` included. @default 30000 */
  maxDelay?: number | undefined;
}

/** `retry` and `retryDelay` in the shape TanStack Query takes them. */
export interface RetryPolicy {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * The library's retry rule: never on a 4xx (the answer will not change) except 429, which waits `Retry-After`;
 * exponential backoff on 5xx and network failures; nothing on aborts or malformed answers. Capped.
 *
 * @example
 * ```ts
 * useQuery({ ...options, ...createRetryPolicy({ maxRetries: 2 }) }, queryClient);
 * ```
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const { maxRetries = 3, baseDelay = 500, maxDelay = 30_000 } = options;
  return {
    retry(failureCount, error) {
      return (
        failureCount < maxRetries &&
        isAuditApiError(error) &&
        (error.kind === 'network' ||
          (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500)))
      );
    },
    retryDelay(failureCount, error) {
      if (isAuditApiError(error) && error.retryAfter !== undefined)
        return Math.min(error.retryAfter * 1000, maxDelay);
      return Math.min(baseDelay * 2 ** failureCount, maxDelay);
    },
  };
}
