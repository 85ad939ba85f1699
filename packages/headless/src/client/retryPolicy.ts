import { isAuditApiError } from './AuditApiError.ts';

/** Tuning of `createRetryPolicy`. */
export interface RetryPolicyOptions {
  /** Retries after the first failure. @default 3 */
  maxRetries?: number | undefined;
  /** First backoff delay in ms, doubled on each retry. @default 500 */
  baseDelay?: number | undefined;
  /**
   * Upper bound of any backoff delay in ms. A `Retry-After` longer than it is not retried at all: a wait cut short
   * would only ask again before the server said, and be refused again.
   * @default 30000
   */
  maxDelay?: number | undefined;
  /**
   * The longest `Retry-After` (429, 503) waited out before asking again, in ms. A server asking for a longer wait
   * gets its error surfaced at once, its `retryAfter` telling the user when to try again: three 30-second waits
   * kept a table busy and silent for 90 s, then said "try again in 30 seconds". The default is of the scale of the
   * backoff's own waits (0.5 s, 1 s, 2 s): a pause that still reads as loading, not as a hang.
   * @default 5000
   */
  maxRetryAfter?: number | undefined;
}

/** `retry` and `retryDelay` in the shape TanStack Query takes them. */
export interface RetryPolicy {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * The library's retry rule: never on a 4xx (the answer will not change) except 429, which waits a short
 * `Retry-After` (a long one is surfaced at once, see `maxRetryAfter`); exponential backoff on 5xx and network
 * failures; nothing on aborts or malformed answers. Capped, and never asking again before `Retry-After`.
 *
 * @example
 * ```ts
 * useQuery({ ...options, ...createRetryPolicy({ maxRetries: 2 }) }, queryClient);
 * ```
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const { maxRetries = 3, baseDelay = 500, maxDelay = 30_000, maxRetryAfter = 5000 } = options;
  return {
    retry(failureCount, error) {
      return (
        failureCount < maxRetries &&
        isAuditApiError(error) &&
        (error.kind === 'network' ||
          (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500))) &&
        (error.retryAfter === undefined || error.retryAfter * 1000 <= Math.min(maxRetryAfter, maxDelay))
      );
    },
    retryDelay(failureCount, error) {
      if (isAuditApiError(error) && error.retryAfter !== undefined)
        return Math.min(error.retryAfter * 1000, maxDelay);
      return Math.min(baseDelay * 2 ** failureCount, maxDelay);
    },
  };
}
