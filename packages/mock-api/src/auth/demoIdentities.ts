import { createDemoToken, READ_AUDITS, WRITE_AUDITS } from './createDemoToken.ts';
import type { DemoTokenClaims } from './createDemoToken.ts';
import { deepFreeze } from '../util/deepFreeze.ts';

/** A ready-made identity with a human label, for the demo's identity switcher and for tests. */
export interface DemoIdentity extends Omit<DemoTokenClaims, 'secret' | 'expiresIn'> {
  /** A stable key, e.g. `tenantAAdmin`. */
  id: string;
  /** What the identity is, for a switcher, e.g. "Ada Lovelace (Acme Corp admin)". */
  label: string;
}

/**
 * The demo identities: an admin of tenant A (Acme), a viewer of tenant A without `fe.secure.read.audits`, an
 * admin of tenant B (Globex) and an environment (management) token. Frozen: every test and demo shares them.
 */
export const demoIdentities = deepFreeze({
  tenantAAdmin: {
    id: 'tenantAAdmin',
    label: 'Ada Lovelace (Acme Corp admin)',
    kind: 'user',
    tenantId: 'tenant-acme',
    userId: 'user-acme-ada',
    email: 'ada@acme.test',
    name: 'Ada Lovelace',
    permissions: [READ_AUDITS, WRITE_AUDITS],
  },
  tenantAViewer: {
    id: 'tenantAViewer',
    label: 'Vic Viewer (Acme Corp, no audit permission)',
    kind: 'user',
    tenantId: 'tenant-acme',
    userId: 'user-acme-viewer',
    email: 'viewer@acme.test',
    name: 'Vic Viewer',
    permissions: [],
  },
  tenantBAdmin: {
    id: 'tenantBAdmin',
    label: 'Hank Scorpio (Globex admin)',
    kind: 'user',
    tenantId: 'tenant-globex',
    userId: 'user-globex-hank',
    email: 'hank@globex.test',
    name: 'Hank Scorpio',
    permissions: [READ_AUDITS, WRITE_AUDITS],
  },
  environment: {
    id: 'environment',
    label: 'Environment token (any tenant)',
    kind: 'environment',
    userId: 'environment',
    permissions: [READ_AUDITS, WRITE_AUDITS],
  },
} as const satisfies Record<string, DemoIdentity>);

/**
 * Signs a fresh token for a demo identity.
 *
 * @example
 * const token = await demoToken(demoIdentities.tenantAAdmin);
 */
export function demoToken(
  identity: DemoIdentity,
  options: Pick<DemoTokenClaims, 'expiresIn' | 'secret'> = {},
): Promise<string> {
  const { id: _id, label: _label, ...claims } = identity;
  return createDemoToken({ ...claims, ...options });
}
