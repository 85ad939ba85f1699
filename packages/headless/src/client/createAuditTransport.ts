// The request machinery both clients share (createAuditClient, createAuditListClient): apart from their methods, so
// a page that only lists events bundles the list client's few methods and not the export, stats or IP lookups
// (an object's unused methods are never tree-shaken).
import { AuditApiError, cancelledError } from './AuditApiError.ts';
import type { AuditColumn, AuditListParams } from './auditTypes.ts';
import type { AuditListClient, AuditPlanRequestOptions } from './createAuditListClient.ts';
import { MalformedResponse, parseColumns } from './parseResponses.ts';
import { columnsWithoutMetadata } from './columnsWithoutMetadata.ts';
import {
  planAuditRequest,
  sortNeedsColumns,
  v2Filters,
  type AuditRequestPlan,
  type AuditRequestPurpose,
} from './planAuditRequest.ts';

/** Options of `createAuditClient` and `createAuditListClient`. */
export interface AuditClientOptions {
  /**
   * Where the audits API lives: a Frontegg base (`https://api.frontegg.com`, `https://app-xxx.frontegg.com`…) or a
   * relative proxy prefix (`/frontegg`, or `''` for the page's own origin). Trailing slashes are ignored.
   */
  baseUrl: string;
  /**
   * Returns the bearer token; asked on every call, so a refreshed token is used as soon as it exists, and asked
   * again when the API answers 401: a request sent with a token that expired (a laptop waking up, its refresh not
   * done yet) is sent once more if the token has changed since.
   */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** Sent as `frontegg-tenant-id` (required with an environment token). */
  tenantId?: string | undefined;
  /**
   * Whose data this client sees, for cache keys: two clients with different scopes never share a cache entry.
   * Give it (e.g. `${tenantId}:${userId}`) to share a cache between client instances of the same user.
   * @default tenantId, else unique to this client instance (a user token's tenant is only in the token)
   */
  cacheScope?: string | undefined;
  /** A `fetch` to use instead of the global one. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Extra headers on every request. @default {} */
  headers?: Record<string, string> | undefined;
  /**
   * `createAuditClient` only: how long a list, metadata, stats or IP request may take, its answer read in full,
   * before it fails as `unreachable` (a network failure, retried as one): TanStack Query has no limit of its own,
   * and a request that never answers would keep the log loading. An export's page and its one stream's first byte
   * are held to it too, and its stream fails once no byte has come for this long (a whole stream may take minutes:
   * only silence is limited). `create` is held to it too, and then fails saying the event may have been stored (its
   * request may have left): it is not sent again. A list client (`createAuditListClient`), kept to the least a page
   * built on the list hooks needs, has no limit.
   * @default 30000
   */
  timeoutMs?: number | undefined;
}

/**
 * What both clients are built on: the members every client has as they are (`shared`: the base URL, tenant and
 * cache scope, the column metadata), the authorised request (`send`), its JSON reading (`json`) and the request
 * planning with its cached column metadata (`plan`). Internal: the package exports the clients, not this.
 */
export interface AuditTransport {
  readonly shared: Pick<AuditListClient, 'baseUrl' | 'tenantId' | 'cacheScope' | 'columns'>;
  /** Sends a request; `fetch` is called before this returns unless the token has to be waited for. */
  send(path: string, init: AuditRequestInit): Promise<Response>;
  /**
   * Sends a request and reads its JSON answer with `parse`; a body of another shape rejects as `malformed`.
   * Replaceable: the full client puts its time limit around it (see `timeLimited`), and the metadata request goes
   * through it too.
   */
  json<T>(path: string, init: AuditRequestInit, parse: (body: unknown) => T): Promise<T>;
  /** The request for `params`: at once when no column metadata is needed, else once it has arrived. */
  plan(
    params: Partial<AuditListParams>,
    purpose?: AuditRequestPurpose,
    options?: AuditTransportPlanOptions,
  ): AuditRequestPlan | Promise<AuditRequestPlan>;
}

/** Options of the transport's `plan`: the public `planRequest`'s, and the legacy export's file name. */
export interface AuditTransportPlanOptions extends AuditPlanRequestOptions {
  outputFileName?: string | undefined;
}

/** How long column metadata fetched for request planning is trusted. */
const columnsTtlMs = 5 * 60_000;

/** A request as the clients describe it; `send` makes it a `fetch`. */
export interface AuditRequestInit {
  search?: URLSearchParams | undefined;
  signal?: AbortSignal | undefined;
  /** The full client's alone, as the body below: a list client only reads. @default 'GET' */
  method?: 'POST' | undefined;
  /** JSON text, sent as `application/json`. */
  body?: string | undefined;
  /** @default 'application/json' */
  accept?: string | undefined;
}

/** Whether a value is a promise (or any thenable), to be waited for. */
export function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

function resolveUrl(base: string, path: string, search?: URLSearchParams): string {
  // Not `search.size`: Safari < 17 and Chrome < 113 lack it, and the whole query would be dropped there.
  const query = String(search ?? '');
  const joined = `${base}${path}${query && '?'}${query}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return joined;
  // A relative prefix works as-is in a browser; elsewhere (jsdom, workers) resolve it against the document.
  const origin = (globalThis as { location?: { href?: string | undefined } | undefined }).location?.href;
  return origin ? new URL(joined, origin).toString() : joined;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header?.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function httpError(response: Response, url: string): Promise<AuditApiError> {
  let messages: string[] = [];
  let errorCode: string | undefined;
  try {
    // Any JSON value destructures (a number or a string has neither field); only null has to be replaced.
    const { errors, errorCode: code } = ((await response.json()) ?? {}) as {
      errors?: unknown;
      errorCode?: unknown;
    };
    if (Array.isArray(errors)) messages = errors.filter((item): item is string => typeof item === 'string');
    if (typeof code === 'string') errorCode = code;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  const statusText = `The audits API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  return new AuditApiError(messages[0] ?? statusText, {
    kind: 'http',
    status: response.status,
    errorCode,
    // The server's own words have no code: they are shown as sent.
    ...(messages.length > 0 ? { messages } : { code: 'status' }),
    traceId: response.headers.get('frontegg-trace-id') ?? undefined,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    url,
  });
}

let clientCount = 0;

/**
 * The shared core of a client (see {@link AuditTransport}); `factory` names the caller in its errors.
 */
export function createAuditTransport(options: AuditClientOptions, factory: string): AuditTransport {
  if (typeof options?.getToken !== 'function') {
    throw new TypeError(`[auditkit] ${factory} needs \`getToken\`, a function returning the bearer token.`);
  }
  if (typeof options.baseUrl !== 'string') {
    throw new TypeError(`[auditkit] ${factory} needs \`baseUrl\`, a URL or a path ("/frontegg").`);
  }
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const tenantId = options.tenantId || undefined;
  const cacheScope = options.cacheScope || (tenantId ? `tenant:${tenantId}` : `client:${++clientCount}`);

  /**
   * The bearer token, not waited for when the host has it at hand (a plain string): the request's `fetch` then
   * starts in the same task as the call, so the log's first requests leave before its first render work, not after
   * it (see PrefetchFirstPage; an `await` here would hold them until the whole render had committed).
   */
  function token(url: string): string | null | undefined | Promise<string | null | undefined> {
    // The host could not sign the user in: for the UI that is the same as an expired session.
    const noToken = (cause: unknown): never => {
      throw new AuditApiError('No sign-in token is available.', {
        kind: 'http',
        code: 'no-token',
        status: 401,
        url,
        cause,
      });
    };
    try {
      const value = options.getToken();
      return isThenable(value) ? Promise.resolve(value).catch(noToken) : value;
    } catch (error) {
      return noToken(error);
    }
  }

  /**
   * Sends a request; `fetch` is called before this returns unless the token has to be waited for (an async
   * function runs up to its first `await` at once), and every failure, a bad URL's too, is a rejection.
   */
  async function send(path: string, init: AuditRequestInit): Promise<Response> {
    const url = resolveUrl(base, path, init.search);
    const { signal } = init;
    if (signal?.aborted) throw cancelledError(signal.reason, url);
    let bearer = token(url);
    if (isThenable(bearer)) bearer = await bearer;
    for (let again = false; ; again = true) {
      const headers: Record<string, string> = {
        accept: init.accept ?? 'application/json',
        ...options.headers,
      };
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (tenantId) headers['frontegg-tenant-id'] = tenantId;
      if (init.body) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        // Not awaited before this when at hand: `fetch` starts synchronously.
        response = await (options.fetch ?? globalThis.fetch)(url, {
          method: init.method,
          headers,
          body: init.body,
          signal,
        });
      } catch (error) {
        if (signal?.aborted || (error instanceof Error && error.name === 'AbortError'))
          throw cancelledError(error, url);
        throw new AuditApiError('The audits API could not be reached.', {
          kind: 'network',
          code: 'unreachable',
          url,
          cause: error,
        });
      }
      // The token may have expired on the way (the host's refresh not done yet): with a new one, ask once more. A
      // 401 means nothing was done, so this is safe for a POST too; the same token again would get the same 401.
      if (response.status === 401 && !again) {
        const fresh = await token(url);
        if (fresh !== bearer) {
          bearer = fresh;
          continue;
        }
      }
      if (!response.ok) throw await httpError(response, url);
      return response;
    }
  }

  async function json<T>(path: string, init: AuditRequestInit, parse: (body: unknown) => T): Promise<T> {
    const response = await send(path, init);
    const url = response.url || path;
    const text = await response.text().catch((error: unknown) => {
      throw init.signal?.aborted
        ? cancelledError(error, url)
        : new AuditApiError('The answer of the audits API broke off.', {
            kind: 'network',
            code: 'broke-off',
            url,
            cause: error,
          });
    });
    try {
      return parse(JSON.parse(text));
    } catch (error) {
      const detail = error instanceof MalformedResponse ? error.message : 'not JSON';
      throw new AuditApiError(`The audits API sent an unexpected answer (${detail}).`, {
        kind: 'malformed',
        code: 'unexpected-answer',
        status: response.status,
        traceId: response.headers.get('frontegg-trace-id') ?? undefined,
        url,
        cause: error,
      });
    }
  }

  // Column metadata for planning: one request shared by concurrent plans and by `columns()` calls while it is in
  // flight (the log's first load asks both ways at once when a column filter is active), kept a while; a failure
  // plans without it (column filters are then sent as they are) rather than failing the list. The shared request
  // carries no caller's signal (one caller's abort would fail the others): each waits for it with its own.
  // Once in, the answer replaces its promise, so a plan needs no `await`: a column filter's request then leaves
  // in the event that sets the filter, before the page renders the change.
  /** When the kept metadata (or its request in flight) was asked; 0 when none is kept. */
  let columnsAt = 0;
  let kept: readonly AuditColumn[] | Promise<readonly AuditColumn[] | undefined> | undefined;
  /** The metadata request in flight, for `columns()` to join. */
  let asked: Promise<AuditColumn[]> | undefined;
  const fetchColumns = () => {
    const pending = (asked = transport.json('/metadata?entityName=audits', {}, parseColumns));
    const columns = (kept = pending.catch(columnsWithoutMetadata));
    columnsAt = Date.now();
    void columns.then((value) => {
      asked = undefined;
      // A failure is not kept: the next plan asks again.
      if (kept !== columns) return;
      if (value) kept = value;
      else columnsAt = 0;
    });
    return pending;
  };
  /** `promise`, or a cancellation as soon as `signal` aborts. */
  const abortable = <T>(promise: Promise<T>, signal: AbortSignal | undefined) =>
    signal
      ? Promise.race([
          promise,
          new Promise<never>((_, reject) => {
            const abort = () => reject(cancelledError(signal.reason, '/metadata'));
            if (signal.aborted) abort();
            signal.addEventListener('abort', abort, { once: true });
          }),
        ])
      : promise;

  /** The request for `params`: at once when no column metadata is needed, else once it has arrived. */
  function planRequest(
    params: Partial<AuditListParams>,
    purpose: AuditRequestPurpose = 'list',
    options: AuditTransportPlanOptions = {},
  ): AuditRequestPlan | Promise<AuditRequestPlan> {
    const { filters = {} } = params;
    const needsColumns =
      // The v2 endpoints take their own filters themselves: only other filters need the metadata to plan, unless
      // the endpoints are held to some (`legacy`: there `email` is a column like any other), or the request is a
      // whole export (the legacy one alone).
      Object.keys(filters).some(
        (key) =>
          filters[key]?.length && (options.endpoints || purpose === 'exportStream' || !v2Filters.has(key)),
      ) ||
      // A sort by a name that is no column would be a 400: the metadata says which names are columns.
      sortNeedsColumns(params.sortBy);
    const plan = (columns?: readonly AuditColumn[]) =>
      planAuditRequest(params, { ...options, purpose, columns });
    if (!needsColumns) return plan();
    if (Date.now() - columnsAt > columnsTtlMs) fetchColumns();
    return isThenable(kept) ? abortable(kept, options.signal).then(plan) : plan(kept);
  }

  const transport: AuditTransport = {
    shared: {
      baseUrl: base,
      tenantId,
      cacheScope,
      // The request in flight if there is one, else a new one: an answer that is in is not reused, so calling this
      // again asks the API again, as before (the columns query's refetch).
      columns: ({ signal } = {}) => abortable(asked ?? fetchColumns(), signal),
    },
    send,
    json,
    plan: planRequest,
  };
  return transport;
}
