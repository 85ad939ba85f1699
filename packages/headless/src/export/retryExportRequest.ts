import { cancelledError } from '../client/AuditApiError.ts';
import { createRetryPolicy, type RetryPolicy } from '../client/retryPolicy.ts';

/**
 * The export's retry rule, the library's own (`createRetryPolicy`: 429 and 503 after their `Retry-After`, 5xx and
 * network failures with exponential backoff, never another 4xx, an abort or a malformed answer), with a small budget:
 * three retries, 0.5 s, 1 s, 2 s apart, no backoff longer than 10 s. A `Retry-After` is waited in full when it is
 * 5 s or less, and a longer one fails the export at once, its `retryAfter` saying when to export again: a request
 * sent before the server's time is refused again, and the export's progress cannot say it is waiting. An export is
 * a user watching a progress bar; one that still fails after that says so, rather than stalling for minutes.
 */
export const exportRetryPolicy: RetryPolicy = createRetryPolicy({
  maxRetries: 3,
  baseDelay: 500,
  maxDelay: 10_000,
  maxRetryAfter: 5000,
});

/**
 * Runs one request of an export (a page, a count), again after a transient failure as `policy` says. Only for a
 * request whose answer is taken whole: re-asking is then safe, since the snapshot is pinned and offsets are stable
 * under it. A cancel during a wait ends it at once, rejecting with an `aborted` `AuditApiError`.
 *
 * @example
 * ```ts
 * const page = await retryExportRequest(() => client.list(params, { signal }), signal);
 * ```
 */
export async function retryExportRequest<T>(
  request: () => Promise<T>,
  signal?: AbortSignal,
  policy: RetryPolicy = exportRetryPolicy,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await request();
    } catch (error) {
      if (signal?.aborted || !policy.retry(failures, error)) throw error;
      await wait(policy.retryDelay(failures, error), signal);
    }
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => cancelledError(signal?.reason);
    if (signal?.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
