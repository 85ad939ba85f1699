import { AuditApiError } from './AuditApiError.ts';
import type {
  AuditEventInput,
  AuditExportParams,
  AuditRequestOptions,
  AuditStats,
  IpLocation,
} from './auditTypes.ts';
import { keepSentEvents } from './keepSentEvents.ts';
import { parseIpLocation, parseListResponse, parseStats } from './parseResponses.ts';
import type { AuditEndpoint, AuditRequestPurpose } from './planAuditRequest.ts';
import { createAuditTransport, type AuditClientOptions } from './createAuditTransport.ts';
import { listClientOf, type AuditListClient } from './createAuditListClient.ts';
import { timeLimited, withinTimeLimit } from './timeLimited.ts';
import { auditSeverities } from '../search/auditSeverities.ts';

export type { AuditClientOptions } from './createAuditTransport.ts';

/**
 * A typed client of the audits API: the list client's methods and the export, stats, event creation and IP
 * lookups. Every failure rejects with an `AuditApiError`.
 */
export interface AuditClient extends AuditListClient {
  /**
   * The time limit of its requests in ms (the `timeoutMs` option): a list, metadata, stats or IP answer not in full
   * by then fails, and so does an export's page, its one stream before the first byte, or that stream once no byte
   * has come for this long (the export reads it here; a client without it gets 30000). A `create` not answered by
   * then fails too, saying the event may have been stored.
   */
  readonly timeoutMs?: number | undefined;
  /**
   * `POST /audits/export/csv/v2` with `offset=0` and no `count` (as Frontegg's portal sends it): every matching
   * event as one CSV stream, column filters and the time range (as `createdAt` JSON) included.
   */
  exportCsv(
    params: AuditExportParams & { outputFileName?: string | undefined },
    options?: AuditRequestOptions,
  ): Promise<ReadableStream<Uint8Array>>;
  /**
   * One page (`count` 1–200) of CSV, header row included: `POST /audits/resources/audits/v2/export/csv`, or the
   * legacy export with `count`/`offset` when a column filter is active, or always with `legacy` (for a deployment
   * without the v2 endpoints; a `users` filter, v2's alone, is then not sent).
   */
  exportCsvPage(
    params: AuditExportParams & { count: number; offset: number },
    options?: AuditRequestOptions & { legacy?: boolean | undefined },
  ): Promise<ReadableStream<Uint8Array>>;
  /** `GET /audits/stats`. */
  stats(options?: AuditRequestOptions): Promise<AuditStats>;
  /**
   * `POST /audits`; the event shows up in lists of the tenant afterwards. Sent once: an event whose `severity` is
   * not one of the API's five, or that JSON cannot hold (a BigInt, a cycle), rejects as `malformed` unsent; one not
   * answered within `timeoutMs` rejects as `unreachable`, and may have been stored all the same.
   */
  create(event: AuditEventInput, options?: AuditRequestOptions): Promise<void>;
  /** `GET /metadata/ip/{ip}`. */
  lookupIp(ip: string, options?: AuditRequestOptions): Promise<IpLocation>;
  /** `GET /metadata/ipme`: where the caller is (Frontegg's `getCurrentUserIpMetadata`). */
  lookupOwnIp(options?: AuditRequestOptions): Promise<IpLocation>;
}

/** `localhost`, an IPv4 address or a dotted name with a letter after its dots, maybe a port, first in a base. */
const hostWithoutScheme =
  /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[\w-]+(?:\.[a-z][\w-]*)+)(?::\d+)?(?:[/?#]|$)/i;

/** A token as an `Authorization` header holds it (`Bearer eyJ…`) without its scheme, which the client adds. */
const withoutScheme = <T>(token: T): T =>
  (typeof token === 'string' ? token.replace(/^bearer\s+/i, '') : token) as T;

/**
 * The JSON text to send for `event`, or why it cannot be sent, as the error to reject with: for callers in
 * JavaScript, whose types did not stop a severity the API refuses, or a value JSON cannot hold (which threw a bare
 * TypeError).
 */
function eventBody(event: AuditEventInput, url: string): string | AuditApiError {
  const refuse = (message: string, cause?: unknown) =>
    new AuditApiError(`The event was not sent: ${message}`, { kind: 'malformed', url, cause });
  const severity: unknown = (event as Partial<AuditEventInput> | null | undefined)?.severity;
  if (!auditSeverities.includes(severity as AuditEventInput['severity']))
    return refuse(
      `its severity (${typeof severity === 'string' ? `"${severity}"` : typeof severity}) is not one of ` +
        `${auditSeverities.join(', ')}.`,
    );
  try {
    return JSON.stringify(event);
  } catch (error) {
    return refuse(
      `it cannot be written as JSON (${error instanceof Error ? error.message : 'unwritable'}).`,
      error,
    );
  }
}

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
  // A host without its scheme (`api.frontegg.com`, `localhost:3000`) is read as a path under the page's own: the
  // app's HTML answered every request, and the log said only "an unexpected answer". A path meant relative
  // (`frontegg/api`, `./api`, for an app under a sub-path) and any `scheme://` are taken. Checked here, not in the
  // transport the lean list client shares, whose size is budgeted to the byte.
  const given = typeof options?.baseUrl === 'string' ? options.baseUrl.trim() : '';
  if (hostWithoutScheme.test(given))
    throw new TypeError(
      `[auditkit] createAuditClient: \`baseUrl\` "${given}" looks like a host without its scheme, so requests ` +
        `would go under the page's own path: write "https://${given}" (or "/${given}" for a path from the ` +
        `site's root).`,
    );
  // A `getToken` that returns the header's value (`Bearer eyJ…`) sent `Bearer Bearer eyJ…`, refused with a 401 that
  // said nothing of `getToken`: its scheme is taken off, from a token at hand or one awaited.
  const getToken = options?.getToken;
  const transport = createAuditTransport(
    typeof getToken === 'function'
      ? {
          ...options,
          getToken: () => {
            const token = getToken();
            return token instanceof Promise ? token.then(withoutScheme) : withoutScheme(token);
          },
        }
      : options,
    'createAuditClient',
  );
  // Before anything uses it: the lists and the metadata request (through the transport) are limited too.
  const timeoutMs = options.timeoutMs ?? 30_000;
  const json = (transport.json = timeLimited(transport.json, timeoutMs));

  /** An export's CSV stream: the planned request, POSTed with the columns to write. */
  const exportVia = async (
    params: AuditExportParams,
    purpose: AuditRequestPurpose,
    signal: AbortSignal | undefined,
    outputFileName?: string,
    endpoints?: readonly AuditEndpoint[],
  ) => {
    const plan = await transport.plan(params, purpose, { signal, endpoints, outputFileName });
    const properties = params.properties.map(({ name, displayName }) => ({ name, displayName }));
    const response = await transport.send(plan.path, {
      method: 'POST',
      accept: 'text/csv',
      search: plan.search,
      body: JSON.stringify({ properties }),
      signal,
    });
    if (!response.body) {
      throw new AuditApiError('The export answer has no body.', {
        kind: 'malformed',
        code: 'no-body',
        status: response.status,
        url: plan.path,
      });
    }
    return response.body;
  };

  return {
    // Each list page also notes its events as sent, for the JSON Lines export (see keepSentEvents).
    ...listClientOf(transport, (body) => keepSentEvents(parseListResponse(body), body)),
    // Read by the export (on demand, so the limit of its pages and stream adds nothing to a page's first load).
    timeoutMs,
    exportCsv: (params, { signal } = {}) => exportVia(params, 'exportStream', signal, params.outputFileName),
    exportCsvPage: (params, { signal, legacy } = {}) =>
      exportVia(params, 'exportPage', signal, undefined, legacy ? ['legacyExport'] : undefined),
    stats: ({ signal } = {}) => json('/audits/stats', { signal }, parseStats),
    create: (event, { signal } = {}) => {
      const body = eventBody(event, `${transport.shared.baseUrl}/audits`);
      if (typeof body !== 'string') return Promise.reject(body);
      // Held to the time limit as a list is, but worded apart: the request may have left, so the event may be
      // stored, and sending it again could store it twice. The caller decides, after looking.
      return withinTimeLimit(
        async (limited) => {
          const response = await transport.send('/audits', { method: 'POST', body, signal: limited });
          // Drain the (small) answer so the connection is released.
          await response.arrayBuffer().catch(() => undefined);
        },
        signal,
        timeoutMs,
        'The event may have been stored all the same: look for it in the log before sending it again.',
      );
    },
    lookupIp: (ip, { signal } = {}) =>
      json(`/metadata/ip/${encodeURIComponent(ip)}`, { signal }, (body) => parseIpLocation(body, ip)),
    lookupOwnIp: ({ signal } = {}) => json('/metadata/ipme', { signal }, (body) => parseIpLocation(body, '')),
  };
}
