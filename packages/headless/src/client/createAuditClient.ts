import { AuditApiError } from './AuditApiError.ts';
import type {
  AuditColumn,
  AuditEventInput,
  AuditExportParams,
  AuditListParams,
  AuditListResponse,
  AuditRequestOptions,
  AuditStats,
  IpLocation,
} from './auditTypes.ts';
import {
  MalformedResponse,
  parseColumns,
  parseIpLocation,
  parseListResponse,
  parseStats,
} from './parseResponses.ts';
import { toSearchParams } from './toSearchParams.ts';

/** Options of `createAuditClient`. */
export interface AuditClientOptions {
  /**
   * Where the audits API lives: a Frontegg base (`https://api.frontegg.com`, `https://app-xxx.frontegg.com`…) or a
   * relative proxy prefix (`/frontegg`, or `''` for the page's own origin). Trailing slashes are ignored.
   */
  baseUrl: string;
  /** Returns the bearer token; asked on every call, so a refreshed token is used as soon as it exists. */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** Sent as `frontegg-tenant-id` (required with an environment token). */
  tenantId?: string;
  /**
   * Whose data this client sees, for cache keys: two clients with different scopes never share a cache entry.
   * Give it (e.g. `${tenantId}:${userId}`) to share a cache between client instances of the same user.
   * @default tenantId, else unique to this client instance (a user token's tenant is only in the token)
   */
  cacheScope?: string;
  /** A `fetch` to use instead of the global one. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request. @default {} */
  headers?: Record<string, string>;
}

/** A typed client of the audits API. Every failure rejects with an `AuditApiError`. */
export interface AuditClient {
  /** The base URL as given, without trailing slashes; part of every cache key. */
  readonly baseUrl: string;
  /** The tenant sent as `frontegg-tenant-id`, if any. */
  readonly tenantId: string | undefined;
  /** Part of every cache key: `cacheScope`, else `tenantId`, else unique to this instance. */
  readonly cacheScope: string;
  /** `GET /audits/resources/audits/v2`. */
  list(params: AuditListParams, options?: AuditRequestOptions): Promise<AuditListResponse>;
  /** `GET /audits`, the legacy list Frontegg's own portal calls. */
  listLegacy(params: AuditListParams, options?: AuditRequestOptions): Promise<AuditListResponse>;
  /** `POST /audits/export/csv/v2` without `count`: every matching event as one CSV stream. */
  exportCsv(params: AuditExportParams, options?: AuditRequestOptions): Promise<ReadableStream<Uint8Array>>;
  /** `POST /audits/resources/audits/v2/export/csv`: one page (`count` 1–200) of CSV, header row included. */
  exportCsvPage(
    params: AuditExportParams & { count: number; offset: number },
    options?: AuditRequestOptions,
  ): Promise<ReadableStream<Uint8Array>>;
  /** `GET /metadata?entityName=audits`. */
  columns(options?: AuditRequestOptions): Promise<AuditColumn[]>;
  /** `GET /audits/stats`. */
  stats(options?: AuditRequestOptions): Promise<AuditStats>;
  /** `POST /audits`; the event shows up in lists of the tenant afterwards. */
  create(event: AuditEventInput, options?: AuditRequestOptions): Promise<void>;
  /** `GET /metadata/ip/{ip}`. */
  lookupIp(ip: string, options?: AuditRequestOptions): Promise<IpLocation>;
}

interface RequestInit_ {
  method?: 'GET' | 'POST';
  search?: URLSearchParams;
  body?: unknown;
  accept?: string;
  signal?: AbortSignal | undefined;
}

function resolveUrl(base: string, path: string, search?: URLSearchParams): string {
  const query = search && search.size > 0 ? `?${search.toString()}` : '';
  const joined = `${base}${path}${query}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return joined;
  // A relative prefix works as-is in a browser; elsewhere (jsdom, workers) resolve it against the document.
  const origin = (globalThis as { location?: { href?: string } }).location?.href;
  return origin ? new URL(joined, origin).toString() : joined;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const abortedError = (url: string, cause: unknown) =>
  new AuditApiError('The request was cancelled.', { kind: 'aborted', url, cause });

async function httpError(response: Response, url: string): Promise<AuditApiError> {
  let messages: string[] = [];
  let errorCode: string | undefined;
  try {
    const body: unknown = JSON.parse(await response.text());
    if (typeof body === 'object' && body !== null) {
      const { errors, errorCode: code } = body as { errors?: unknown; errorCode?: unknown };
      if (Array.isArray(errors)) messages = errors.filter((item): item is string => typeof item === 'string');
      if (typeof code === 'string') errorCode = code;
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  const statusText = `The audits API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  return new AuditApiError(messages[0] ?? statusText, {
    kind: 'http',
    status: response.status,
    errorCode,
    messages: messages.length > 0 ? messages : [statusText],
    traceId: response.headers.get('frontegg-trace-id') ?? undefined,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    url,
  });
}

let clientCount = 0;

/**
 * Creates a client of the audits API.
 *
 * @example
 * ```ts
 * const client = createAuditClient({
 *   baseUrl: 'https://app-xxx.frontegg.com',
 *   getToken: () => auth.accessToken,
 * });
 * const { data, total } = await client.list({ count: 20, offset: 0 });
 * ```
 */
export function createAuditClient(options: AuditClientOptions): AuditClient {
  if (typeof options?.getToken !== 'function') {
    throw new TypeError(
      '[auditkit] createAuditClient needs `getToken`, a function returning the bearer token.',
    );
  }
  if (typeof options.baseUrl !== 'string') {
    throw new TypeError(
      '[auditkit] createAuditClient needs `baseUrl`, e.g. "https://api.frontegg.com" or "/frontegg".',
    );
  }
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const tenantId = options.tenantId || undefined;
  const cacheScope = options.cacheScope || (tenantId ? `tenant:${tenantId}` : `client:${++clientCount}`);

  async function token(url: string): Promise<string | null | undefined> {
    try {
      return await options.getToken();
    } catch (error) {
      // The host could not sign the user in: for the UI that is the same as an expired session.
      throw new AuditApiError('No sign-in token is available.', {
        kind: 'http',
        status: 401,
        url,
        cause: error,
      });
    }
  }

  async function send(path: string, init: RequestInit_): Promise<Response> {
    const url = resolveUrl(base, path, init.search);
    if (init.signal?.aborted) throw abortedError(url, init.signal.reason);
    const bearer = await token(url);
    const headers: Record<string, string> = { accept: init.accept ?? 'application/json', ...options.headers };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (tenantId) headers['frontegg-tenant-id'] = tenantId;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      response = await fetchImpl(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? null : JSON.stringify(init.body),
        signal: init.signal ?? null,
      });
    } catch (error) {
      if (init.signal?.aborted || (error instanceof Error && error.name === 'AbortError'))
        throw abortedError(url, error);
      throw new AuditApiError('The audits API could not be reached.', { kind: 'network', url, cause: error });
    }
    if (!response.ok) throw await httpError(response, url);
    return response;
  }

  async function json<T>(path: string, init: RequestInit_, parse: (body: unknown) => T): Promise<T> {
    const response = await send(path, init);
    const url = response.url || path;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (init.signal?.aborted) throw abortedError(url, error);
      throw new AuditApiError('The answer of the audits API broke off.', {
        kind: 'network',
        url,
        cause: error,
      });
    }
    try {
      return parse(JSON.parse(text));
    } catch (error) {
      const detail = error instanceof MalformedResponse ? error.message : 'not JSON';
      throw new AuditApiError(`The audits API sent an unexpected answer (${detail}).`, {
        kind: 'malformed',
        status: response.status,
        traceId: response.headers.get('frontegg-trace-id') ?? undefined,
        url,
        cause: error,
      });
    }
  }

  async function csv(path: string, init: RequestInit_): Promise<ReadableStream<Uint8Array>> {
    const response = await send(path, { ...init, method: 'POST', accept: 'text/csv' });
    if (!response.body) {
      throw new AuditApiError('The export answer has no body.', {
        kind: 'malformed',
        status: response.status,
        url: path,
      });
    }
    return response.body;
  }

  const exportBody = (params: AuditExportParams) => ({
    properties: params.properties.map(({ name, displayName }) => ({ name, displayName })),
  });

  return {
    baseUrl: base,
    tenantId,
    cacheScope,
    list: (params, { signal } = {}) =>
      json('/audits/resources/audits/v2', { search: toSearchParams(params), signal }, parseListResponse),
    listLegacy: (params, { signal } = {}) =>
      json('/audits', { search: toSearchParams(params, 'legacy'), signal }, parseListResponse),
    exportCsv: (params, { signal } = {}) => {
      const search = toSearchParams(params);
      // Frontegg's documented example: count=0 means "every matching event, as one stream".
      search.set('count', '0');
      return csv('/audits/export/csv/v2', { search, body: exportBody(params), signal });
    },
    exportCsvPage: (params, { signal } = {}) =>
      csv('/audits/resources/audits/v2/export/csv', {
        search: toSearchParams(params),
        body: exportBody(params),
        signal,
      }),
    columns: ({ signal } = {}) =>
      json('/metadata', { search: new URLSearchParams({ entityName: 'audits' }), signal }, parseColumns),
    stats: ({ signal } = {}) => json('/audits/stats', { signal }, parseStats),
    create: async (event, { signal } = {}) => {
      const response = await send('/audits', { method: 'POST', body: event, signal });
      // Drain the (small) answer so the connection is released.
      await response.arrayBuffer().catch(() => undefined);
    },
    lookupIp: (ip, { signal } = {}) =>
      json(`/metadata/ip/${encodeURIComponent(ip)}`, { signal }, (body) => parseIpLocation(body, ip)),
  };
}
