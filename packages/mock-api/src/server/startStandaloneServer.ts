import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import type { MockAuditApi } from '../handlers/createMockAuditApi.ts';
import { apiError, errorResponse, newTraceId } from '../handlers/apiError.ts';
import { BadRequestTargetError, BodyTooLargeError, toWebRequest } from './toWebRequest.ts';
import { writeWebResponse } from './writeWebResponse.ts';
import { mockControlRoute } from './mockControlRoutes.ts';
import { withoutBody } from '../handlers/withoutBody.ts';
import type { ControlAccess } from './mockControlRoutes.ts';

/** Options of {@link startStandaloneServer}. */
export interface StandaloneServerOptions {
  /**
   * The port; 0 picks a free one (for tests).
   * @default 4010
   */
  port?: number | undefined;
  /**
   * The interface to listen on: a name or address, never blank (`'0.0.0.0'` or `'::'` for every interface).
   * @default '127.0.0.1'
   */
  host?: string | undefined;
  /** The api to serve. @default createMockAuditApi() */
  api?: MockAuditApi | undefined;
  /**
   * Serve the run-time controls `/__mock/scenario` and `/__mock/reset` (same-origin only, values bounded).
   * Off by default: turn it on for tests and the demo only (the CLI: `--control-routes`). Without a
   * {@link controlToken} they answer callers on the loopback interface only.
   * @default false
   */
  controlRoutes?: boolean | undefined;
  /**
   * A secret the control routes then require in the `x-mock-control-token` header, from every caller, loopback
   * included; and with it, callers on other machines may drive them. Printable ASCII without spaces (what a
   * header carries unchanged). The CLI: `CONTROL_TOKEN` or `--control-token=…`.
   */
  controlToken?: string | undefined;
}

/** A running standalone mock server. */
export interface StandaloneServer {
  readonly api: MockAuditApi;
  readonly port: number;
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  /**
   * The `node:http` server. Its time-outs are Node's, set on it: `server.headersTimeout` (60 s by default) and
   * `server.requestTimeout`; a request slower than them is answered 408 with the error body.
   */
  readonly server: Server;
  /** Stops accepting connections, ends open ones and resolves when the server is closed. */
  close(): Promise<void>;
}

const cors = {
  // The audits API's own headers, and every header @frontegg/rest-api's FetchClient can set on a request: in
  // 7.119.0 (the version this repository pins), FetchClient.js `buildRequestHeaders` with `getMetadataHeaders`
  // (x-frontegg-sdk, x-frontegg-framework) and `getAdditionalHeaders` (frontegg-login-alias,
  // frontegg-requested-application-id), names from interfaces.js `fronteggHeaders` (frontegg-source,
  // frontegg-scoped-tenant). frontegg/frontegg-nextjs forwards the same set as `defaultFronteggHeaders`
  // (packages/nextjs/src/middleware/constants.ts). A preflight asking for a header missing here fails and the
  // browser never sends the request. Headers an app adds itself (`additionalHeadersResolver`, headless's `headers`
  // option, tracing's `sentry-trace`/`baggage`) are not known here: a preflight's own list is echoed (allowedHeaders).
  'access-control-allow-headers': [
    'authorization',
    'content-type',
    'frontegg-tenant-id',
    'frontegg-source',
    'frontegg-scoped-tenant',
    'frontegg-login-alias',
    'frontegg-requested-application-id',
    'x-frontegg-framework',
    'x-frontegg-sdk',
  ].join(', '),
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  // Every header of the mock's answers beyond the CORS-safelisted ones, or a page on another origin cannot read
  // it: `x-mock-ignored-parameters` is lenient mode's only sign that a filter was dropped, `allow` a 405's fix.
  'access-control-expose-headers':
    'frontegg-trace-id, retry-after, content-disposition, x-mock-ignored-parameters, allow',
  'access-control-max-age': '600',
  // For callers without an Origin (curl, server code); a browser's Origin is reflected instead (see corsFor).
  'access-control-allow-origin': '*',
};

/**
 * Serves the mock's MSW handlers over plain `node:http`, streaming response bodies with back-pressure, with CORS
 * for browser callers. Scenarios can be switched at run time: `GET`/`PUT /__mock/scenario`, `POST /__mock/reset`
 * (drops created events and restores the initial scenario).
 *
 * @example
 * const server = await startStandaloneServer({ port: 0 });
 * await fetch(`${server.url}/audits/resources/audits/v2?count=20&offset=0`, { headers: { Authorization: `Bearer ${token}` } });
 * await server.close();
 */
export async function startStandaloneServer(
  options: StandaloneServerOptions = {},
): Promise<StandaloneServer> {
  const api = options.api ?? createMockAuditApi();
  const host = options.host ?? '127.0.0.1';
  // Refused, not taken as the default: Node listens on every interface for '', so the old meaning was the opposite
  // of the default, and the origin `http://:PORT` made every request a 400. A caller passing `process.env.HOST`
  // gets told rather than silently moved to another interface.
  if (typeof host !== 'string' || host.trim() === '' || host.trim() !== host)
    throw new TypeError(
      `host must be an interface name or address without spaces, got ${JSON.stringify(host)}; leave it out for 127.0.0.1, or pass '0.0.0.0' or '::' for every interface`,
    );
  const { controlToken } = options;
  // An empty token would let in a request with an empty header; one outside printable ASCII could never match
  // (Node reads header bytes as Latin-1).
  if (controlToken !== undefined && !/^[\x21-\x7e]+$/.test(controlToken))
    throw new TypeError('controlToken must be one or more printable ASCII characters without spaces');
  const sockets = new Set<Socket>();
  let origin = '';

  // Sockets that carried a request, and the answer in progress on each (for parser errors, below).
  const served = new WeakSet<Socket>();
  const answering = new WeakMap<Socket, ServerResponse>();
  const server = createServer((req, res) => {
    served.add(req.socket);
    answering.set(req.socket, res);
    res.once('close', () => {
      if (answering.get(req.socket) === res) answering.delete(req.socket);
    });
    const controls = options.controlRoutes
      ? {
          remoteAddress: req.socket.remoteAddress,
          localAddress: req.socket.localAddress,
          localPort: req.socket.localPort,
          controlToken,
        }
      : undefined;
    handleNodeRequest(api, req, res, origin, controls).catch((error: unknown) => {
      console.error('[auditkit mock-api] request failed', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Built by hand, not with errorResponse: whatever failed may be in the code that writes web Responses.
      res.writeHead(500, {
        'content-type': 'application/json; charset=utf-8',
        'frontegg-trace-id': newTraceId(),
        ...corsFor(req),
      });
      res.end(
        JSON.stringify({ errors: ['Internal error in the mock server'], errorCode: 'ER-AUDITS-INTERNAL' }),
      );
    });
  });
  // CONNECT never reaches the request handler (Node hands over the raw socket): answer it 405 and close.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    const body = JSON.stringify({
      errors: ['CONNECT is not allowed'],
      errorCode: 'ER-AUDITS-METHOD-NOT-ALLOWED',
    });
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\ncontent-type: application/json; charset=utf-8\r\nfrontegg-trace-id: ${newTraceId()}\r\nallow: ${SERVED_METHODS}\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
  // What Node refuses before any handler runs: a request line or headers over the size limit (431), broken syntax
  // (400), and its time-outs (408, as Node answers them: `ERR_HTTP_REQUEST_TIMEOUT` once headers or a whole
  // request take longer than `server.headersTimeout` / `server.requestTimeout`). On a connection's first request the
  // answer carries the contract's error body. On a reused connection the refused bytes may be the unframed body of
  // a request already answered, so this does what Node itself does: the bare status, and only when no answer on the
  // socket has started. A time-out refuses no bytes, so its answer carries the body whenever none has started.
  // Every one carries a trace id, as every answer of the service does.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const { status, message, errorCode } = clientErrorAnswer(error);
    const traceId = `frontegg-trace-id: ${newTraceId()}\r\n`;
    const pending = answering.get(socket);
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (socket.writable && (!served.has(socket) || (timedOut && !pending?.headersSent))) {
      const body = JSON.stringify({ errors: [message], errorCode });
      socket.write(
        `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n${traceId}connection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    } else {
      // An answer under way (to a request whose body came unframed): let it finish, then close.
      if (pending?.headersSent && !pending.writableFinished) {
        pending.once('close', () => socket.destroy());
        return;
      }
      if (socket.writable && !pending?.headersSent)
        socket.write(`HTTP/1.1 ${status}\r\n${traceId}connection: close\r\n\r\n`);
    }
    socket.destroy(error);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    api,
    port,
    url: origin,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

const isControlPath = (url: string | undefined) => (url ?? '').startsWith('/__mock/');

/** What the server answers to requests no route sees (CONNECT, TRACE) may name: its methods, the API's and HEAD. */
const SERVED_METHODS = 'GET, HEAD, POST';

/** The status line and error body of an answer to what Node refuses before any handler runs. */
function clientErrorAnswer(error: NodeJS.ErrnoException): {
  status: string;
  message: string;
  errorCode: string;
} {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: '431 Request Header Fields Too Large',
      message: 'The request line and headers are too large',
      errorCode: 'ER-AUDITS-BAD-REQUEST',
    };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: '408 Request Timeout',
      message: 'The request took too long to arrive',
      errorCode: 'ER-AUDITS-REQUEST-TIMEOUT',
    };
  return {
    status: '400 Bad Request',
    message: 'The request is not valid HTTP',
    errorCode: 'ER-AUDITS-BAD-REQUEST',
  };
}

// A header name as HTTP defines it (RFC 9110 `token`): nothing else is echoed into a header.
const headerToken = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/i;

/**
 * The header names an API route's preflight allows: the fixed list plus every name the preflight asks for in
 * `Access-Control-Request-Headers`. An app's own headers (an `x-request-id`, `sentry-trace`, `baggage`) are not
 * known in advance, and a preflight refusing one stops the browser from sending the request at all. Echoing gives
 * a page nothing: the API's routes read no cookie or session, only the bearer token the caller sends itself.
 */
function allowedHeaders(req: IncomingMessage): string {
  const fixed = cors['access-control-allow-headers'];
  const requested = req.headers['access-control-request-headers'];
  if (typeof requested !== 'string') return fixed;
  const names = new Set(fixed.split(', '));
  for (const name of requested.split(',')) {
    const trimmed = name.trim().toLowerCase();
    if (headerToken.test(trimmed)) names.add(trimmed);
  }
  return [...names].join(', ');
}

/**
 * The CORS headers of an answer to `req`. The controls carry none (on or off, and in the last-resort 500 too): a
 * page on another origin cannot preflight, read or drive them. The API's routes reflect the caller's `Origin` and
 * allow credentials: a browser refuses `*` to a client sending credentials, and Frontegg's clients do
 * (`requestCredentials: 'include'` in Frontegg's own samples), so every request of such an app failed. The API's
 * routes carry no cookie or session of the mock's, only the bearer token the caller sends, so reflecting gives a
 * page nothing it did not bring. `Vary: Origin` keeps a cache from serving one origin's answer to another.
 */
function corsFor(req: IncomingMessage): Record<string, string> {
  if (isControlPath(req.url)) return {};
  const { origin } = req.headers;
  // What a browser sends is a serialised origin (ASCII, no spaces, `null` for opaque ones); anything else is not
  // echoed into a header.
  if (typeof origin === 'string' && /^[\x21-\x7e]+$/.test(origin))
    return {
      ...cors,
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    };
  return { ...cors, vary: 'Origin' };
}

async function handleNodeRequest(
  api: MockAuditApi,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  controls: ControlAccess | undefined,
): Promise<void> {
  const underControl = isControlPath(req.url);
  const headers = corsFor(req);
  if (req.method === 'OPTIONS') {
    // The controls' preflight stays a 403 without any CORS header.
    res.writeHead(
      underControl ? 403 : 204,
      underControl
        ? headers
        : {
            ...headers,
            'access-control-allow-headers': allowedHeaders(req),
            // The allowed list now depends on the request's list too.
            vary: 'Origin, Access-Control-Request-Headers',
          },
    );
    res.end();
    return;
  }
  // Methods the fetch standard forbids cannot become a web Request at all: answer them here.
  if (/^(?:CONNECT|TRACE|TRACK)$/i.test(req.method ?? '')) {
    const error = apiError(405, `${req.method} is not allowed`);
    await writeWebResponse(errorResponse(error, newTraceId(), { allow: SERVED_METHODS }), res, headers);
    return;
  }
  let request: Request;
  // The handlers stop long scans when the client goes away before its answer is complete.
  const aborter = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  try {
    request = await toWebRequest(req, origin, aborter.signal);
  } catch (error) {
    if (error instanceof BadRequestTargetError) {
      await writeWebResponse(errorResponse(apiError(400, error.message), newTraceId()), res, headers);
      return;
    }
    // The connection closed before the body was in (the client left, or `requestTimeout` answered it 408): no one
    // is left to answer, and it is no failure of the mock's to log.
    if (req.destroyed && !(error instanceof BodyTooLargeError)) return;
    if (!(error instanceof BodyTooLargeError)) throw error;
    await writeWebResponse(errorResponse(apiError(413, error.message), newTraceId()), res, {
      ...headers,
      connection: 'close',
    });
    return;
  }
  const pathname = new URL(request.url).pathname;
  // The api itself, not MSW's matching: MSW decodes path parameters and throws on a bad percent-escape. It and the
  // controls answer HEAD on their GET routes, and their 405s name HEAD beside GET.
  const response =
    controls && underControl
      ? await mockControlRoute(api, request, pathname, origin, controls)
      : ((await api.handle(request)) ??
        errorResponse(
          apiError(404, `No route for ${request.method} ${pathname.slice(0, 200)}`),
          newTraceId(),
        ));
  // HEAD is GET without the body: Node sends none whatever is written, so a body (the controls', a 404's) is
  // dropped rather than written for nothing.
  await writeWebResponse(request.method === 'HEAD' ? await withoutBody(response) : response, res, headers);
}
