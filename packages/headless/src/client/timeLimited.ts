import { AuditApiError } from './AuditApiError.ts';
import type { AuditRequestInit, AuditTransport } from './createAuditTransport.ts';

/**
 * `json` with a time limit: a list, metadata, stats or IP answer that has not come in full after `timeoutMs` is not
 * coming, so its request is stopped and fails as `unreachable` (a network failure, which the retry rule retries)
 * instead of loading forever: TanStack Query has no limit of its own. The caller's own abort stops it too, and stays
 * a cancellation. Exports go through `send`, not this (an export's stream may take minutes); `create` goes through
 * {@link withinTimeLimit}, with its own words.
 *
 * The full client's alone (`createAuditClient`): the list client is kept to what a page built on the list hooks
 * alone needs, under its size budget.
 */
export function timeLimited(json: AuditTransport['json'], timeoutMs: number): AuditTransport['json'] {
  return <T>(path: string, init: AuditRequestInit, parse: (body: unknown) => T): Promise<T> =>
    withinTimeLimit((signal) => json(path, { ...init, signal }, parse), init.signal, timeoutMs);
}

/**
 * Runs `run` with a signal that aborts after `timeoutMs` or when the caller's `signal` does. Stopped by the limit,
 * it fails as `unreachable`, with `said` after the usual sentence when given; by the caller, it stays a cancellation.
 */
export async function withinTimeLimit<T>(
  run: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  said?: string,
): Promise<T> {
  const limit = new AbortController();
  // With the caller's reason when it is the caller's abort, as a request given its signal would have.
  const stop = () => limit.abort(signal?.reason);
  const timer = setTimeout(stop, timeoutMs);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  try {
    return await run(limit.signal);
  } catch (error) {
    if (!limit.signal.aborted || signal?.aborted) throw error;
    const message = `The audits API did not answer within ${timeoutMs} ms.`;
    throw new AuditApiError(said ? `${message} ${said}` : message, {
      kind: 'network',
      code: 'unreachable',
      url: (error as AuditApiError).url,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
