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
  const { tenant_ids: listed, tenantId } = query.values as {
    tenant_ids?: string[] | undefined;
    tenantId?: string | undefined;
  };
  return {
    header: tenantHeader(request),
    // One tenant per repetition, as OpenAPI's form style reads the v2 `tenant_ids` array: JSON text such as
    // `["a","b"]` is one tenant id (which exists nowhere), never a list, as on a standard server.
    listed: (listed ?? []).map((t) => t.trim()),
    params: tenantId === undefined ? [] : [tenantId.trim()],
    ...(body && Object.hasOwn(body, 'tenantId') && { body: body.tenantId }),
  };
}

/**
 * The tenants a request names before its parameters are checked (for {@link checkAccess}): the header, every
 * `tenant_ids` and `tenantId` given where the operation documents it (`takes`), each repetition counted, and the
 * body's `tenantId`. A superset of what {@link namedTenants} reads once the query passes its checks.
 */
export function namedTenantsUnchecked(
  request: Request,
  search: URLSearchParams,
  takes: (name: string) => boolean,
  body?: Record<string, unknown>,
): NamedTenants {
  const all = (name: string) => (takes(name) ? search.getAll(name).map((t) => t.trim()) : []);
  return {
    header: tenantHeader(request),
    listed: all('tenant_ids'),
    params: all('tenantId'),
    ...(body && Object.hasOwn(body, 'tenantId') && { body: body.tenantId }),
  };
}

function tenantHeader(request: Request): string | undefined {
  return request.headers.get('frontegg-tenant-id')?.trim() || undefined;
}

/**
 * The guards, run before the request's parameters and body are checked, as Frontegg's services run their auth
 * guards before request validation: a viewer's `?count=0`, or another tenant's export with a bad body, is a 403,
 * never a 400 that tells a caller without access what the endpoint would take.
 *
 * `permission` (undefined on the metadata and IP routes, which need none) must be in the token's claims. A user
 * token naming another tenant anywhere is a 403; so is an environment token whose `tenantId`, `tenant_ids` or body
 * `tenantId` names another tenant than its `frontegg-tenant-id` header.
 */
export function checkAccess(
  claims: AuditTokenClaims,
  named: NamedTenants,
  permission: string | undefined,
): void {
  if (permission !== undefined && !claims.permissions.includes(permission))
    throw apiError(403, `Missing permission ${permission}`);
  refuseOtherTenants(claims, named);
  const { header, listed, params, body } = named;
  if (claims.type !== 'userToken' && header !== undefined) {
    // Every place that names a tenant must agree with the header: anything else is a 403, never ignored.
    if ([body, ...params, ...listed].some((t) => t !== undefined && t !== header))
      throw apiError(403, 'tenantId and tenant_ids must name the tenant of the frontegg-tenant-id header');
  }
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
 * The tenants a request acts on, once {@link checkAccess} passed and the parameters are checked. A user token acts
 * on its own tenant, named in the token and nowhere else. An environment token chooses with the header (required
 * when `need` is `'one'`) or, for lists, `tenant_ids` (v2) or `tenantId` (legacy), else every tenant of
 * `allTenants`.
 *
 * A tenant with no events, seeded or created, is an empty tenant, never a 404: Frontegg issues tokens only for
 * tenants that exist and stores audits by tenant id, so a tenant nobody has written to reads as an empty list, and
 * the contract keeps 404 for unknown routes.
 */
export function resolveTenants(
  claims: AuditTokenClaims,
  named: NamedTenants,
  need: TenantNeed,
  allTenants: readonly string[],
  /** Whether a `tenantId` parameter may pick the one tenant without the header (stats: see statsParameters). */
  paramPicksOne = false,
): string[] {
  const { header, listed, params } = named;
  if (listed.length > 100) throw apiError(400, 'tenant_ids must name at most 100 tenants');
  if (named.body !== undefined && typeof named.body !== 'string')
    throw apiError(400, 'body.tenantId must be a string');
  // Again with the checked values, so isolation never hangs on the caller having run the guards first.
  checkAccess(claims, named, undefined);
  if (claims.type === 'userToken') return [claims.tenantId as string];
  if (header !== undefined) return [header];
  if (need === 'one' && paramPicksOne && params[0] !== undefined) return [params[0]];
  if (need === 'one') throw apiError(400, 'frontegg-tenant-id header is required with an environment token');
  if (listed.length > 0) return [...new Set(listed)];
  if (params[0] !== undefined) return [params[0]];
  return [...allTenants];
}
