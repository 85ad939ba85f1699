import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse } from 'msw';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import type { MockAuditApi } from '../handlers/createMockAuditApi.ts';
import { apiError, errorResponse, jsonResponse, newTraceId } from '../handlers/apiError.ts';
import { BodyTooLargeError, toWebRequest } from './toWebRequest.ts';
import { writeWebResponse } from './writeWebResponse.ts';

/** Options of {@link startStandaloneServer}. */
export interface StandaloneServerOptions {
  /**
   * The port; 0 picks a free one (for tests).
   * @default 4010
   */
  port?: number;
  /**
   * The interface to listen on.
   * @default '127.0.0.1'
   */
  host?: string;
  /** The api to serve. @default createMockAuditApi() */
  api?: MockAuditApi;
}

/** A running standalone mock server. */
export interface StandaloneServer {
  readonly api: MockAuditApi;
  readonly port: number;
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  readonly server: Server;
  /** Stops accepting connections, ends open ones and resolves when the server is closed. */
  close(): Promise<void>;
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, frontegg-tenant-id',
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  'access-control-expose-headers': 'frontegg-trace-id, retry-after, content-disposition',
  'access-control-max-age': '600',
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
  const sockets = new Set<Socket>();
  let origin = '';

  const server = createServer((req, res) => {
    handleNodeRequest(api, req, res, origin).catch((error: unknown) => {
      console.error('[auditkit mock-api] request failed', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify({ errors: ['Internal error in the mock server'] }));
    });
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

async function handleNodeRequest(
  api: MockAuditApi,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    res.end();
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
    if (!(error instanceof BodyTooLargeError)) throw error;
    await writeWebResponse(errorResponse(apiError(413, error.message), newTraceId()), res, {
      ...cors,
      connection: 'close',
    });
    return;
  }
  const pathname = new URL(request.url).pathname;
  const response = pathname.startsWith('/__mock/')
    ? await controlEndpoint(api, request, pathname)
    : ((await getResponse(api.handlers, request)) ??
      errorResponse(apiError(404, `No route for ${request.method} ${pathname}`), newTraceId()));
  await writeWebResponse(response, res, cors);
}

/** The run-time controls of the standalone server, for end-to-end tests and curl. */
async function controlEndpoint(api: MockAuditApi, request: Request, pathname: string): Promise<Response> {
  const traceId = newTraceId();
  if (pathname === '/__mock/scenario' && request.method === 'GET')
    return jsonResponse(api.scenario, 200, traceId);
  if (pathname === '/__mock/scenario' && request.method === 'PUT') {
    try {
      api.setScenario((await request.json()) as never);
    } catch (error) {
      return errorResponse(
        apiError(400, error instanceof Error ? error.message : 'scenario must be a JSON object'),
        traceId,
      );
    }
    return jsonResponse(api.scenario, 200, traceId);
  }
  if (pathname === '/__mock/reset' && request.method === 'POST') {
    api.reset();
    api.resetScenario();
    return jsonResponse(api.scenario, 200, traceId);
  }
  return errorResponse(apiError(404, `No route for ${request.method} ${pathname}`), traceId);
}
