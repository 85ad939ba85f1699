import { cancelledError, type AuditApiError } from '../client/AuditApiError.ts';
import type { AuditClient } from '../client/createAuditClient.ts';

/** The limit of a client that states none (one of the host's own making): `createAuditClient`'s default. */
const defaultTimeoutMs = 30_000;

/** The longest delay `setTimeout` keeps: a longer one (`Infinity`, say) fires at once. */
const longestTimer = 2 ** 31 - 1;

/**
 * How long an export waits for one of its requests, or for the next bytes of its one stream, in ms: the client's
 * `timeoutMs`, the limit its lists are held to.
 */
export const exportTimeoutMs = (client: AuditClient): number =>
  Math.min(client.timeoutMs ?? defaultTimeoutMs, longestTimer);

/** Options of {@link timeLimitedAttempt}. */
export interface TimeLimitedAttemptOptions {
  timeoutMs: number;
  /** The export's own signal: its abort stops the attempt, a cancellation as before. */
  signal: AbortSignal | undefined;
  /** The error of an attempt not done in time: `unreachable`, so the export's retry rule asks again. */
  timedOut: () => AuditApiError;
  /**
   * Whether the export's abort still stops the request after the attempt (a stream read on after it), rather than
   * only during it. @default false
   */
  keepLinked?: boolean | undefined;
}

/**
 * One attempt of an export's request (a page read whole, the one stream up to its first bytes), stopped and failed
 * as `timedOut` when it is not done within `timeoutMs`: a request that never answers, or a body that goes silent,
 * fails rather than leaving the export's progress on screen for ever, and the retry rule, which only sees failures,
 * then asks again. Settles at the limit even when the `fetch` does not heed its signal.
 *
 * @example
 * ```ts
 * const page = await timeLimitedAttempt((limited) => client.exportCsvPage(params, { signal: limited }), options);
 * ```
 */
export async function timeLimitedAttempt<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  { timeoutMs, signal, timedOut, keepLinked = false }: TimeLimitedAttemptOptions,
): Promise<T> {
  if (signal?.aborted) throw cancelledError(signal.reason);
  const limit = new AbortController();
  const forward = () => limit.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = signal?.aborted ? cancelledError(signal.reason) : timedOut();
      limit.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    const value = await Promise.race([attempt(limit.signal), expired]);
    if (!keepLinked) signal?.removeEventListener('abort', forward);
    return value;
  } catch (error) {
    signal?.removeEventListener('abort', forward);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
