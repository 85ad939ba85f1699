import { TokenError, verifyJwt } from '../auth/jwt.ts';
import type { AuditTokenClaims } from '../auth/jwt.ts';
import type { ValidatedQuery } from '../openapi/createOpenApiValidator.ts';
import { apiError } from './apiError.ts';

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

/** Where a request names tenants: the header, `tenant_ids`, `tenantId` (query) and a body `tenantId`. */
export interface NamedTenants {
  header: string | undefined;
  listed: string[];
  params: string[];
  body?: unknown;
}

/**
 * The tenants a request names, read from every place a caller can put one. Query parameters are read from the
 * checked query, so only where the endpoint's operation documents them (`tenant_ids` on v2, `tenantId` on the
 * legacy endpoints): the real service would not narrow by an undocumented one, and lenient mode ignores it (and
 * names it in `x-mock-ignored-parameters`) instead of selecting tenants with it.
 */
export function namedTenants(
  request: Request,
  query: ValidatedQuery,
  body?: Record<string, unknown>,
): NamedTenants {
  const header = request.headers.get('frontegg-tenant-id')?.trim() || undefined;
  const { tenant_ids: listed, tenantId } = query.values as {
    tenant_ids?: string[] | undefined;
    tenantId?: string | undefined;
  };
  return {
    header,
    // One tenant per repetition, as OpenAPI's form style reads the v2 `tenant_ids` array: JSON text such as
    // `["a","b"]` is one tenant id (which exists nowhere), never a list, as on a standard server.
    listed: (listed ?? []).map((t) => t.trim()),
    params: tenantId === undefined ? [] : [tenantId.trim()],
    ...(body && Object.hasOwn(body, 'tenantId') && { body: body.tenantId }),
  };
}

/**
 * Tenant isolation for a user token, on every route: a `frontegg-tenant-id` header, `tenant_ids`, `tenantId`
 * parameter or body `tenantId` naming another tenant than the token's is a 403 (the contract's rule, which names no
 * exception for the metadata and IP routes). An environment token may name any tenant, so it passes here.
 */
export function refuseOtherTenants(claims: AuditTokenClaims, named: NamedTenants): void {
  if (claims.type !== 'userToken') return;
  const own = claims.tenantId as string;
  const { header, listed, params, body } = named;
  const others = [header, body, ...params, ...listed].filter((t) => t !== undefined && t !== own);
  if (others.length > 0) throw apiError(403, 'A user token can only access its own tenant');
}

/**
 * The tenants a request may act on. Tenant isolation lives here: a user token names its tenant in the token and
 * nowhere else; any header, `tenant_ids`, `tenantId` parameter or body `tenantId` naming another tenant is a 403.
 * An environment token chooses with the header (required when `need` is `'one'`) or, for lists, `tenant_ids`
 * (v2) or `tenantId` (legacy), else every tenant. A tenant that does not exist is a 404, whichever kind of token
 * names it. Both kinds need `permission` in their claims.
 */
export function resolveTenants(
  claims: AuditTokenClaims,
  named: NamedTenants,
  need: TenantNeed,
  permission: string,
  allTenants: readonly string[],
  /** Whether a `tenantId` parameter may pick the one tenant without the header (stats: see statsParameters). */
  paramPicksOne = false,
): string[] {
  const { header, listed, params } = named;
  if (listed.length > 100) throw apiError(400, 'tenant_ids must name at most 100 tenants');
  if (named.body !== undefined && typeof named.body !== 'string')
    throw apiError(400, 'body.tenantId must be a string');
  const bodyTenant = named.body as string | undefined;
  if (!claims.permissions.includes(permission)) throw apiError(403, `Missing permission ${permission}`);
  const exists = (tenantId: string) => {
    if (!allTenants.includes(tenantId))
      throw apiError(404, `Tenant ${JSON.stringify(tenantId.slice(0, 100))} does not exist`);
    return tenantId;
  };
  if (claims.type === 'userToken') {
    refuseOtherTenants(claims, named);
    const own = claims.tenantId as string;
    // A token for a tenant that does not exist (deleted, or made up) reads nothing and creates nothing, as an
    // environment token naming that tenant: a 200 with no events would pass for an empty audit log.
    return [exists(own)];
  }
  if (header !== undefined) {
    // Every place that names a tenant must agree with the header: anything else is a 403, never ignored.
    if ([bodyTenant, ...params, ...listed].some((t) => t !== undefined && t !== header))
      throw apiError(403, 'tenantId and tenant_ids must name the tenant of the frontegg-tenant-id header');
    return [exists(header)];
  }
  if (need === 'one' && paramPicksOne && params[0] !== undefined) return [exists(params[0])];
  if (need === 'one') throw apiError(400, 'frontegg-tenant-id header is required with an environment token');
  if (listed.length > 0) return [...new Set(listed)].map(exists);
  if (params[0] !== undefined) return [exists(params[0])];
  return [...allTenants];
}
