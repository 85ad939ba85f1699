/**
 * What went wrong: `http` (the server answered with an error status), `network` (no answer), `aborted` (the
 * caller cancelled), `malformed` (the answer did not have the documented shape) or `incomplete` (a CSV export
 * ended before every expected row arrived).
 */
export type AuditApiErrorKind = 'http' | 'network' | 'aborted' | 'malformed' | 'incomplete';

/** Fields of an `AuditApiError`. */
export interface AuditApiErrorInit {
  kind: AuditApiErrorKind;
  status?: number;
  errorCode?: string;
  messages?: readonly string[];
  traceId?: string;
  retryAfter?: number;
  url?: string;
  cause?: unknown;
}

/**
 * Every failure of the audits client: typed, so the UI can say what happened (no permission, signed out, try
 * again in N seconds) instead of crashing.
 *
 * @example
 * ```ts
 * try { await client.list(params) } catch (error) {
 *   if (error instanceof AuditApiError && error.status === 403) showNoPermission();
 * }
 * ```
 */
export class AuditApiError extends Error {
  override readonly name = 'AuditApiError';
  // `declare`: the constructor sets these; as plain fields they would also be emitted as field definitions
  // (`kind;status;…`), bytes on every page that lists events.
  declare readonly kind: AuditApiErrorKind;
  /** HTTP status for `kind: 'http'`. */
  declare readonly status: number | undefined;
  /** The body's `errorCode`, when the server sent one. */
  declare readonly errorCode: string | undefined;
  /** The body's `errors`, or one message describing the failure. */
  declare readonly messages: readonly string[];
  /** The `frontegg-trace-id` response header, to quote to support. */
  declare readonly traceId: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After` (429, 503). */
  declare readonly retryAfter: number | undefined;
  /** The request URL. */
  declare readonly url: string | undefined;

  constructor(message: string, init: AuditApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.messages = init.messages ?? [message];
    this.traceId = init.traceId;
    this.retryAfter = init.retryAfter;
    this.url = init.url;
  }
}

/** True for an `AuditApiError` (also across bundle copies, where `instanceof` fails). */
export function isAuditApiError(value: unknown): value is AuditApiError {
  return (
    value instanceof AuditApiError ||
    (value instanceof Error && value.name === 'AuditApiError' && 'kind' in value)
  );
}
