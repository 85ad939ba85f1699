import type { MockEndpoint } from '../scenario/mockScenario.ts';

/** A route of the contract, matched on the end of the path so any origin and prefix reach it. */
export interface AuditRoute {
  endpoint: MockEndpoint;
  method: 'GET' | 'POST';
  /** The operation of the OpenAPI document this route serves. */
  operationId: string;
  pattern: RegExp;
  /** What the endpoint answers with: JSON, or a CSV stream. */
  body: 'json' | 'csv';
}

/** The contract's routes, most specific first. */
export const auditRoutes: readonly AuditRoute[] = [
  route('exportPaged', 'POST', 'exportAuditsV2Csv', /\/audits\/resources\/audits\/v2\/export\/csv$/, 'csv'),
  route('list', 'GET', 'listAuditsV2', /\/audits\/resources\/audits\/v2$/, 'json'),
  route('exportStream', 'POST', 'exportAuditsCsvStream', /\/audits\/export\/csv\/v2$/, 'csv'),
  route('exportLegacy', 'POST', 'exportAuditsCsvLegacy', /\/audits\/export\/csv$/, 'csv'),
  route('stats', 'GET', 'getAuditsStats', /\/audits\/stats$/, 'json'),
  route('listLegacy', 'GET', 'listAudits', /\/audits$/, 'json'),
  route('create', 'POST', 'createAudit', /\/audits$/, 'json'),
  route('metadata', 'GET', 'getAuditsMetadata', /\/metadata$/, 'json'),
  route('ipMe', 'GET', 'getCurrentUserIpMetadata', /\/metadata\/ipme$/, 'json'),
  route('ipLookup', 'GET', 'getIpMetadata', /\/metadata\/ip\/([^/]+)$/, 'json'),
];

function route(
  endpoint: MockEndpoint,
  method: AuditRoute['method'],
  operationId: string,
  pattern: RegExp,
  body: AuditRoute['body'],
): AuditRoute {
  return { endpoint, method, operationId, pattern, body };
}

/**
 * The outcome of matching a request: a route; a known path with another method (405, with the methods it
 * takes); a path whose escapes do not decode (400); an unknown path under the API's prefixes (404); or not ours.
 */
export type RouteMatch =
  | { kind: 'route'; route: AuditRoute; params: string[] }
  | { kind: 'method'; allow: string[] }
  | { kind: 'badPath' }
  | { kind: 'unknown' }
  | { kind: 'notOurs' };

/**
 * Matches a request path. Paths under `/audits` or `/metadata` that no route takes are `unknown` (a 404), except
 * paths ending in a file name (`/src/audits/x.ts` in a dev server), which are `notOurs` and pass through.
 * `anchored` (the path below a `baseUrl`): the route must be the whole path, not its end, and only a path starting
 * with `/audits` or `/metadata` is the API's. `HEAD` takes the `GET` route (RFC 9110 §9.3.2), and a 405's methods
 * name `HEAD` wherever they name `GET`.
 */
export function matchAuditRoute(method: string, pathname: string, anchored = false): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (anchored && !/^\/(?:audits|metadata)(?:\/|$)/.test(path)) return { kind: 'notOurs' };
  const wanted = method === 'HEAD' ? 'GET' : method;
  const allow: string[] = [];
  for (const candidate of auditRoutes) {
    const match = candidate.pattern.exec(path);
    if (!match || (anchored && match.index !== 0)) continue;
    if (candidate.method !== wanted) {
      allow.push(...(candidate.method === 'GET' ? ['GET', 'HEAD'] : [candidate.method]));
      continue;
    }
    const params: string[] = [];
    for (const raw of match.slice(1)) {
      const decoded = safeDecode(raw ?? '');
      if (decoded === undefined) return { kind: 'badPath' };
      params.push(decoded);
    }
    return { kind: 'route', route: candidate, params };
  }
  if (!/\/(?:audits|metadata)(?:\/|$)/.test(path)) return { kind: 'notOurs' };
  if (/\/[^/]+\.[A-Za-z0-9]{1,5}$/.test(path) && !/\/metadata\/ip\//.test(path)) return { kind: 'notOurs' };
  if (allow.length > 0) return { kind: 'method', allow: [...new Set(allow)] };
  return { kind: 'unknown' };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
