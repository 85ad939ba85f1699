import { demoTenants } from './demoTenants.ts';
import { hashString } from './random.ts';
import type { DemoTenant } from './types.ts';

/** The most tenants a dataset seeds: each one's events are computed on demand, but a list spans them all. */
export const MAX_SEEDED_TENANTS = 1000;

/** A tenant the dataset generates events for, with the number its events are hashed from. */
export interface SeededTenant {
  readonly tenant: DemoTenant;
  /** The demo tenants keep their place in `demoTenants`, so their events are the same whatever else is seeded. */
  readonly hashKey: number;
}

/**
 * The tenants of the `tenants` option, checked: ids as given (a demo id is that demo tenant; any other id gets
 * users of its own, `<id>-user-1`… with addresses under a domain made from the id) or whole tenants with their
 * users. Throws a TypeError naming the first bad entry; ids must be unique.
 */
export function seededTenants(option: readonly (string | DemoTenant)[] | undefined): SeededTenant[] {
  if (option === undefined) return demoTenants.map((tenant, hashKey) => ({ tenant, hashKey }));
  if (!Array.isArray(option) || option.length > MAX_SEEDED_TENANTS)
    throw new TypeError(`tenants must be a list of at most ${MAX_SEEDED_TENANTS} tenant ids or tenants`);
  const seen = new Set<string>();
  return option.map((entry, index) => {
    const tenant = typeof entry === 'string' ? tenantOf(entry) : entry;
    if (!isTenant(tenant))
      throw new TypeError(
        `tenants[${index}] must be a tenant id (a non-empty string without surrounding spaces) or a tenant { tenantId, name, region, users: [{ userId, name, email, homeIp }, …] }`,
      );
    if (seen.has(tenant.tenantId)) throw new TypeError(`tenants: ${tenant.tenantId} is listed twice`);
    seen.add(tenant.tenantId);
    const demoIndex = demoTenants.findIndex((t) => t.tenantId === tenant.tenantId);
    return { tenant, hashKey: demoIndex >= 0 ? demoIndex : hashString(tenant.tenantId) };
  });
}

/** The demo tenant of that id, or a tenant made from the id with users modelled on a demo tenant's. */
function tenantOf(tenantId: string): DemoTenant {
  const demo = demoTenants.find((t) => t.tenantId === tenantId);
  if (demo) return demo;
  const model = demoTenants[hashString(tenantId) % demoTenants.length] as DemoTenant;
  const slug =
    tenantId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'tenant';
  return {
    tenantId,
    name: tenantId,
    region: model.region,
    users: model.users.map((user, index) => ({
      userId: `${tenantId}-user-${index + 1}`,
      name: user.name,
      email: `${user.email.split('@')[0]}@${slug}.test`,
      homeIp: user.homeIp,
    })),
  };
}

function isTenant(value: unknown): value is DemoTenant {
  const tenant = value as Partial<DemoTenant> | null;
  const text = (v: unknown) => typeof v === 'string' && v.length > 0;
  return (
    typeof tenant === 'object' &&
    tenant !== null &&
    text(tenant.tenantId) &&
    tenant.tenantId === tenant.tenantId!.trim() &&
    typeof tenant.name === 'string' &&
    typeof tenant.region === 'string' &&
    Array.isArray(tenant.users) &&
    tenant.users.length > 0 &&
    tenant.users.every((u) => text(u?.userId) && text(u?.name) && text(u?.email) && text(u?.homeIp))
  );
}
