/** An error answer of the mock: status, messages that name the field, an optional code and `Retry-After`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly errors: string[],
    readonly errorCode?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(errors.join('; '));
  }
}

const codes: Record<number, string> = {
  400: 'ER-AUDITS-BAD-REQUEST',
  401: 'ER-AUDITS-UNAUTHORIZED',
  403: 'ER-AUDITS-FORBIDDEN',
  404: 'ER-AUDITS-NOT-FOUND',
  405: 'ER-AUDITS-METHOD-NOT-ALLOWED',
  413: 'ER-AUDITS-PAYLOAD-TOO-LARGE',
  415: 'ER-AUDITS-UNSUPPORTED-MEDIA-TYPE',
  429: 'ER-AUDITS-RATE-LIMITED',
  500: 'ER-AUDITS-INTERNAL',
  503: 'ER-AUDITS-UNAVAILABLE',
};

/** Shorthand for an {@link ApiError} with the default code of its status. */
export function apiError(status: number, ...errors: string[]): ApiError {
  return new ApiError(status, errors, codes[status]);
}

/** A fresh trace id, like the `frontegg-trace-id` header of the real service. */
export function newTraceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The contract's error answer: `{ errors, errorCode }`, `frontegg-trace-id`, and `Retry-After` for 429/503. */
export function errorResponse(
  error: ApiError,
  traceId: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers = new Headers({
    ...extraHeaders,
    'content-type': 'application/json; charset=utf-8',
    'frontegg-trace-id': traceId,
  });
  if (error.retryAfterSeconds !== undefined) headers.set('retry-after', String(error.retryAfterSeconds));
  const body = error.errorCode
    ? { errors: error.errors, errorCode: error.errorCode }
    : { errors: error.errors };
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** A JSON answer with the trace-id header. */
export function jsonResponse(body: unknown, status: number, traceId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'frontegg-trace-id': traceId },
  });
}
