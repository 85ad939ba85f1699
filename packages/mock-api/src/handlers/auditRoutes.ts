import type { MockEndpoint } from '../scenario/mockScenario.ts';

/** A route of the contract, matched on the end of the path so any origin and prefix reach it. */
export interface AuditRoute {
  endpoint: MockEndpoint;
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** What the endpoint answers with: JSON, or a CSV stream. */
  body: 'json' | 'csv';
}

/** The contract's routes, most specific first. */
export const auditRoutes: readonly AuditRoute[] = [
  {
    endpoint: 'exportPaged',
    method: 'POST',
    pattern: /\/audits\/resources\/audits\/v2\/export\/csv$/,
    body: 'csv',
  },
  { endpoint: 'list', method: 'GET', pattern: /\/audits\/resources\/audits\/v2$/, body: 'json' },
  { endpoint: 'exportStream', method: 'POST', pattern: /\/audits\/export\/csv\/v2$/, body: 'csv' },
  { endpoint: 'stats', method: 'GET', pattern: /\/audits\/stats$/, body: 'json' },
  { endpoint: 'listLegacy', method: 'GET', pattern: /\/audits$/, body: 'json' },
  { endpoint: 'create', method: 'POST', pattern: /\/audits$/, body: 'json' },
  { endpoint: 'metadata', method: 'GET', pattern: /\/metadata$/, body: 'json' },
  { endpoint: 'ipLookup', method: 'GET', pattern: /\/metadata\/ip\/([^/]+)$/, body: 'json' },
];

/** The outcome of matching a path: a route, an unknown path under the API's prefixes, or not ours at all. */
export type RouteMatch =
  { kind: 'route'; route: AuditRoute; params: string[] } | { kind: 'unknown' } | { kind: 'notOurs' };

/**
 * Matches a request path. Paths under `/audits` or `/metadata` that no route takes are `unknown` (a 404), except
 * paths ending in a file name (`/src/audits/x.ts` in a dev server), which are `notOurs` and pass through.
 */
export function matchAuditRoute(method: string, pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const route of auditRoutes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { kind: 'route', route, params: match.slice(1).map(safeDecode) };
  }
  if (!/\/(?:audits|metadata)(?:\/|$)/.test(path)) return { kind: 'notOurs' };
  if (/\/[^/]+\.[A-Za-z0-9]{1,5}$/.test(path) && !/\/metadata\/ip\//.test(path)) return { kind: 'notOurs' };
  return { kind: 'unknown' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
