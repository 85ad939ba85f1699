// The auth and tenant checks a HEAD must run as GET does, one table for both transports: api.handle in process
// (handlers/headRequests.test.ts) and the standalone server over a socket (server/headRequests.http.test.ts).
import { ACME, GLOBEX } from './contractClient.ts';
import type { Tokens } from './contractClient.ts';

/** A request path, its headers, and the status GET and HEAD must both answer it with. */
export type HeadAccessCase = readonly [
  path: string,
  headers: Readonly<Record<string, string>>,
  status: number,
];

/**
 * The token, permission and tenant cases (and a bad parameter, an unknown route) that GET and HEAD answer alike,
 * signed with `t` from `signTokens()`.
 *
 * @example
 * for (const [path, headers, status] of headAccessCases(await signTokens())) …
 */
export function headAccessCases(t: Tokens): readonly HeadAccessCase[] {
  const v2 = '/audits/resources/audits/v2?count=1&offset=0';
  const admin = { authorization: `Bearer ${t.adminA}` };
  return [
    [v2, {}, 401],
    [v2, { authorization: 'Bearer e30.e30.sig' }, 401],
    [v2, { authorization: `Bearer ${t.viewerA}` }, 403],
    ['/audits/stats', { ...admin, 'frontegg-tenant-id': GLOBEX }, 403],
    [`/audits?count=1&offset=0&tenantId=${GLOBEX}`, admin, 403],
    [`/audits?count=1&offset=0&tenantId=${ACME}&nope=1`, admin, 400],
    ['/audits/nothing/here', admin, 404],
  ];
}
