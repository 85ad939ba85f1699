import type { MockAuditApi } from '../handlers/createMockAuditApi.ts';
import { ApiError, apiError, errorResponse, jsonResponse, newTraceId } from '../handlers/apiError.ts';
import { isJsonMediaType } from '../handlers/isJsonMediaType.ts';
import { readJsonBody } from '../handlers/readJsonBody.ts';
import { controlTokenMatches } from './controlTokenMatches.ts';
import { isLoopbackAddress } from './isLoopbackAddress.ts';

/** Who may drive the controls: the caller's socket address and the server's control token, if it has one. */
export interface ControlAccess {
  /** The socket's remote address (never a header: `x-forwarded-for` is the caller's to choose). */
  remoteAddress: string | undefined;
  /** The socket's local address and port: where the caller reached this server (`192.0.2.2`, 4010). */
  localAddress: string | undefined;
  localPort: number | undefined;
  controlToken: string | undefined;
}

/**
 * The run-time controls of the standalone server (`/__mock/scenario`, `/__mock/reset`), for end-to-end tests and
 * curl. They are off unless the server was started with `controlRoutes: true`, and even then they are not an
 * open door: no CORS headers (a web page elsewhere cannot read or preflight them), a request that carries an
 * `Origin` other than the server's own or `Sec-Fetch-Site: cross-site` is refused (a page cannot post a form to
 * them either), a `Host` other than the server's is refused (DNS rebinding), and every value is bounded by the
 * scenario's own checks (`latencyMs` at most 30 s). Those checks stop browsers only, and a `Host` is the caller's
 * to write: so the caller must also be on this machine (the socket's address is loopback) or, when the server
 * has a control token, carry it in `x-mock-control-token` (then from any address, loopback included). A caller
 * with the token may also name the address it reached the server on (`Host: 192.0.2.2:4010` for a server on
 * `0.0.0.0`), as every HTTP client does: a rebinding page writes its own name in `Host`, never that address, and
 * cannot know the token; without a token, only the server's own host passes, as before.
 */
export async function mockControlRoute(
  api: MockAuditApi,
  request: Request,
  pathname: string,
  ownOrigin: string,
  access: ControlAccess,
): Promise<Response> {
  const traceId = newTraceId();
  const refuse = (message: string) => errorResponse(apiError(403, message), traceId);
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== ownOrigin)
    return refuse('The mock control routes answer same-origin requests only');
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return refuse('The mock control routes answer same-origin requests only');
  const tokenGiven =
    access.controlToken !== undefined &&
    controlTokenMatches(request.headers.get('x-mock-control-token'), access.controlToken);
  const host = request.headers.get('host');
  if (host !== null && !sameHost(host, ownOrigin) && !(tokenGiven && reachedHost(host, access)))
    return refuse('The mock control routes answer requests to this server’s own host only');
  if (access.controlToken !== undefined) {
    if (!tokenGiven)
      return refuse('The mock control routes need this server’s control token in x-mock-control-token');
  } else if (!isLoopbackAddress(access.remoteAddress))
    return refuse(
      'The mock control routes answer callers on this machine only; start the server with a control token to allow others',
    );
  try {
    // HEAD as GET (RFC 9110 §9.3.2): the server drops the body of every answer to a HEAD.
    if (pathname === '/__mock/scenario' && (request.method === 'GET' || request.method === 'HEAD'))
      return jsonResponse(api.scenario, 200, traceId);
    if (pathname === '/__mock/scenario' && request.method === 'PUT') {
      if (!isJsonMediaType(request.headers.get('content-type')))
        throw apiError(415, 'content-type must be application/json');
      const body = await readJsonBody(request);
      try {
        api.setScenario(body as never);
      } catch (error) {
        throw apiError(400, error instanceof Error ? error.message : 'scenario must be a JSON object');
      }
      return jsonResponse(api.scenario, 200, traceId);
    }
    if (pathname === '/__mock/reset' && request.method === 'POST') {
      api.reset();
      api.resetScenario();
      return jsonResponse(api.scenario, 200, traceId);
    }
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error, traceId);
    throw error;
  }
  const known =
    pathname === '/__mock/scenario' ? 'GET, HEAD, PUT' : pathname === '/__mock/reset' ? 'POST' : undefined;
  if (known) return errorResponse(apiError(405, `Use ${known} on ${pathname}`), traceId, { allow: known });
  return errorResponse(apiError(404, `No route for ${request.method} ${pathname.slice(0, 200)}`), traceId);
}

function sameHost(host: string, ownOrigin: string): boolean {
  const own = new URL(ownOrigin);
  const port = own.port;
  return [own.host, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** Whether `host` names the address and port the request's socket was reached on, in any spelling of it. */
function reachedHost(host: string, access: ControlAccess): boolean {
  const { localAddress, localPort } = access;
  if (localAddress === undefined || localPort === undefined) return false;
  // A dual-stack listener reports an IPv4 address as `::ffff:192.0.2.2`; the caller wrote `192.0.2.2`.
  const address = localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  try {
    const reached = new URL(`http://${address.includes(':') ? `[${address}]` : address}:${localPort}`);
    const given = new URL(`http://${host}`);
    // The URL parser writes each address one way (`[0:0::2]` as `[::2]`); anything more than a host and port
    // (a path, a user name) changes the whole URL.
    return given.href === reached.href;
  } catch {
    return false;
  }
}
