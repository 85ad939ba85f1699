/**
 * What went wrong: `http` (the server answered with an error status), `network` (no answer), `aborted` (the
 * caller cancelled), `malformed` (the answer did not have the documented shape) or `incomplete` (an export
 * stopped without a file: rows missing, changed, or more than the query matches).
 */
export type AuditApiErrorKind = 'http' | 'network' | 'aborted' | 'malformed' | 'incomplete';

/**
 * Which failure the library itself reported, so a UI can say it in its own language (the `message` is English, for
 * developers). A UI built on this package alone needs it as much as `@auditkit/components` does, which is why it
 * is here and not in the components' messages. The numbers a message names are in `detail`.
 *
 * - `cancelled`: the caller cancelled (`kind: 'aborted'`).
 * - `no-token`: `getToken` failed, so no request was sent (`kind: 'http'`, `status: 401`).
 * - `unreachable`: no answer, or none in full within `createAuditClient`'s `timeoutMs` (`kind: 'network'`).
 * - `broke-off`: the answer broke off while it was read (`kind: 'network'`).
 * - `unexpected-answer`: the answer was not JSON or not of the documented shape (`kind: 'malformed'`).
 * - `status`: an error status whose body had no `errors` to show (`kind: 'http'`, see `status`).
 * - `no-body`: an export answer without a body (`kind: 'malformed'`).
 * - `export-broke-off`: the export's one stream broke off mid-file; `detail.rows` of `detail.total` were written.
 * - `export-start-broke-off`: the export's one stream broke off before its first row.
 * - `export-page-broke-off`: a page of a paged export broke off (again after its retries); `detail.offset`.
 * - `export-ended-early`: the export ended with `detail.rows` of the `detail.total` rows it expected.
 * - `export-changed`: the matching events changed during a paged export, so rows may be missing or repeated:
 *   counted `detail.total` at the start and `detail.totalAfter` at the end, or the event of row `detail.rows` came
 *   again as the next row.
 * - `export-too-many-rows`: the export gave more rows (at least `detail.rows`) than the `detail.total` events the
 *   list counts for the same query, counted again with the same answer: the export did not apply a filter the
 *   count applies (or rows repeated), so the file was stopped rather than saved with rows that do not match.
 */
export type AuditApiErrorCode =
  | 'cancelled'
  | 'no-token'
  | 'unreachable'
  | 'broke-off'
  | 'unexpected-answer'
  | 'status'
  | 'no-body'
  | 'export-broke-off'
  | 'export-start-broke-off'
  | 'export-page-broke-off'
  | 'export-ended-early'
  | 'export-changed'
  | 'export-too-many-rows';

/** The numbers an `AuditApiErrorCode` names (which ones, see there). */
export interface AuditApiErrorDetail {
  /** Rows written (an export). */
  readonly rows?: number | undefined;
  /** Rows the export expected: the matching events counted when it started. */
  readonly total?: number | undefined;
  /** The matching events counted again at the end (`export-changed`). */
  readonly totalAfter?: number | undefined;
  /** The offset of the page that broke off (`export-page-broke-off`). */
  readonly offset?: number | undefined;
}

/** Fields of an `AuditApiError`. */
export interface AuditApiErrorInit {
  kind: AuditApiErrorKind;
  status?: number | undefined;
  errorCode?: string | undefined;
  messages?: readonly string[] | undefined;
  traceId?: string | undefined;
  retryAfter?: number | undefined;
  url?: string | undefined;
  cause?: unknown;
  code?: AuditApiErrorCode | undefined;
  detail?: AuditApiErrorDetail | undefined;
}

/**
 * Every failure of the audits client: typed, so the UI can say what happened (no permission, signed out, try
 * again in N seconds) instead of crashing, and in its own language (`code`).
 *
 * @example
 * ```ts
 * // `isAuditApiError`, not `instanceof`: another copy of this package on the page has its own class.
 * try { await client.list(params) } catch (error) {
 *   if (isAuditApiError(error) && error.status === 403) showNoPermission();
 *   else if (isAuditApiError(error) && error.code === 'unreachable') showOffline();
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
  /**
   * Which failure the library reported, to translate (`message` and `messages` stay English); `undefined` when the
   * messages are the server's own `errors`, to show as sent.
   */
  declare readonly code: AuditApiErrorCode | undefined;
  /** The numbers the code's message names (an export's rows, say). */
  declare readonly detail: AuditApiErrorDetail | undefined;

  constructor(message: string, { cause, messages = [message], ...fields }: AuditApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    // One copy, not a line a field: this class ships on every page that lists events. A field not given reads as
    // undefined all the same.
    Object.assign(this, fields, { messages });
  }
}

/** The error of a request its caller cancelled, wherever it stops (the client, an export's page, a retry's wait). */
export const cancelledError = (cause: unknown, url?: string): AuditApiError =>
  new AuditApiError('The request was cancelled.', { kind: 'aborted', code: 'cancelled', url, cause });

/** True for an `AuditApiError` (also across bundle copies, where `instanceof` fails). */
export function isAuditApiError(value: unknown): value is AuditApiError {
  return (
    value instanceof AuditApiError ||
    (value instanceof Error && value.name === 'AuditApiError' && 'kind' in value)
  );
}
