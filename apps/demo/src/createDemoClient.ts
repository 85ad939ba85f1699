import { createAuditClient, type AuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { DemoSession } from './session.ts';

/** How long a demo token lives (demoToken's default), and how long before its end a fresh one is signed. */
const tokenLifetimeMs = 86_400_000;
const renewBeforeMs = 5 * 60_000;

/**
 * The audits client for a demo session, the way a customer wires it: the relative `/frontegg` prefix of
 * Frontegg's proxy and the signed-in user's token. `getToken` is asked on every request, so it answers with the
 * token it has until five minutes before that token's day is up, then signs a fresh one (the mock refuses an
 * expired token, and a tab left open overnight would otherwise only ever say "Sign in again").
 * An environment token must name its tenant, so only it sends `frontegg-tenant-id`.
 */
export function createDemoClient(session: DemoSession): AuditClient {
  const identity = demoIdentities[session.identity];
  let token: { value: Promise<string>; renewAt: number } | undefined;
  const sign = () => {
    const renewAt = Date.now() + tokenLifetimeMs - renewBeforeMs;
    // A rejected promise kept here would fail every later request: forget it, so Retry signs again.
    const value = demoToken(identity).catch((error: unknown) => {
      if (token?.value === value) token = undefined;
      throw error;
    });
    token = { value, renewAt };
    return value;
  };
  return createAuditClient({
    baseUrl: '/frontegg',
    getToken: () => (token && Date.now() < token.renewAt ? token.value : sign()),
    ...(identity.kind === 'environment' && { tenantId: session.tenantId }),
  });
}
