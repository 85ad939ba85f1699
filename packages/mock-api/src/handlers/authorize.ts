import { TokenError, verifyJwt } from '../auth/jwt.ts';
import type { AuditTokenClaims } from '../auth/jwt.ts';
import { apiError } from './apiError.ts';
import { multiParam } from './parseListQuery.ts';

/** Verifies the bearer token of a request; every failure is a 401 that says what is wrong. */
export async function authenticate(request: Request, secret: string): Promise<AuditTokenClaims> {
  const header = request.headers.get('authorization');
  if (!header) throw apiError(401, 'Authorization header is required: Bearer <JWT>');
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw apiError(401, 'Authorization header must be Bearer <JWT>');
  try {
    return await verifyJwt(match[1] as string, secret);
  } catch (error) {
    if (error instanceof TokenError) throw apiError(401, error.message);
    throw error;
  }
}

/** Whether an endpoint needs one tenant (export, stats, create) or may span several (list). */
export type TenantNeed = 'one' | 'many';

/**
 * The tenants a request may act on. Tenant isolation lives here: a user token names its tenant in the token and
 * nowhere else; any `frontegg-tenant-id` header, `tenant_ids` or `tenantId` parameter naming another tenant is a
 * 403. An environment token chooses with the header (required when `need` is `'one'`) or, for lists,
 * `tenant_ids`, else every tenant.
 */
export function resolveTenants(
  claims: AuditTokenClaims,
  request: Request,
  url: URL,
  need: TenantNeed,
  permission: string,
  allTenants: readonly string[],
): string[] {
  const header = request.headers.get('frontegg-tenant-id')?.trim() || undefined;
  const listed = multiParam(url.searchParams, 'tenant_ids');
  const param = url.searchParams.get('tenantId')?.trim() || undefined;
  if (listed.length > 100) throw apiError(400, 'tenant_ids must name at most 100 tenants');
  if (claims.type === 'userToken') {
    const own = claims.tenantId as string;
    const named = [header, param, ...listed].filter((t): t is string => t !== undefined);
    if (named.some((t) => t !== own)) throw apiError(403, 'A user token can only access its own tenant');
    if (!claims.permissions.includes(permission)) throw apiError(403, `Missing permission ${permission}`);
    return [own];
  }
  if (header) return [header];
  if (need === 'one') throw apiError(400, 'frontegg-tenant-id header is required with an environment token');
  if (listed.length > 0) return [...new Set(listed)];
  if (param) return [param];
  return [...allTenants];
}
