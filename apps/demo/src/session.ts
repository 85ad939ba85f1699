import { demoIdentities, demoTenants, type DemoIdentity } from '@auditkit/mock-api';
import { isScenarioKey, type ScenarioKey } from './scenarios.ts';

/** The demo identities, keyed as the mock names them (`tenantAAdmin`, `tenantAViewer`, `tenantBAdmin`, `environment`). */
export type IdentityKey = keyof typeof demoIdentities;

/** Who the visitor is signed in as, which tenant an environment token acts on, and the mock's scenario. */
export interface DemoSession {
  identity: IdentityKey;
  /** The tenant sent as `frontegg-tenant-id`; only chosen freely with the environment token. */
  tenantId: string;
  scenario: ScenarioKey;
  /** How the audit log is browsed: numbered pages or one infinite list. */
  paging: 'pages' | 'infinite';
}

export const identities: readonly DemoIdentity[] = Object.values(demoIdentities);
export const tenants = demoTenants;

const storageKey = 'acme.session';
const fallback: DemoSession = {
  identity: 'tenantAAdmin',
  tenantId: 'tenant-acme',
  scenario: 'normal',
  paging: 'pages',
};

function isIdentityKey(value: unknown): value is IdentityKey {
  return typeof value === 'string' && Object.hasOwn(demoIdentities, value);
}

/** The tenant an identity acts on: its own for a user token, the chosen one for the environment token. */
export function tenantOf(identity: IdentityKey, chosen: string): string {
  const own = demoIdentities[identity];
  if ('tenantId' in own) return own.tenantId;
  return demoTenants.some((tenant) => tenant.tenantId === chosen) ? chosen : fallback.tenantId;
}

/** The session remembered in this browser (a reload keeps it), or the tenant A admin on the normal scenario. */
export function loadSession(): DemoSession {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return fallback;
    const { identity, tenantId, scenario, paging } = parsed as Record<string, unknown>;
    const key = isIdentityKey(identity) ? identity : fallback.identity;
    return {
      identity: key,
      tenantId: tenantOf(key, typeof tenantId === 'string' ? tenantId : fallback.tenantId),
      scenario: isScenarioKey(scenario) ? scenario : fallback.scenario,
      paging: paging === 'infinite' ? 'infinite' : 'pages',
    };
  } catch {
    return fallback;
  }
}

/** Who an event names as its actor: the fields an audit event's user cell reads. */
export interface SessionActor {
  /** The person's name. */
  user: string;
  email: string;
  userId: string;
}

/**
 * The person a session acts as, to name on the events it records; `undefined` for the environment token, which is
 * a machine acting for the vendor, so its events are rightly the system's.
 */
export function sessionActor(identity: IdentityKey): SessionActor | undefined {
  const signedIn = demoIdentities[identity];
  return 'name' in signedIn
    ? { user: signedIn.name, email: signedIn.email, userId: signedIn.userId }
    : undefined;
}

export function saveSession(session: DemoSession): void {
  localStorage.setItem(storageKey, JSON.stringify(session));
}
