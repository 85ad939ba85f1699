import { createAuditClient, type AuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { DemoSession } from './session.ts';

/**
 * The audits client for a demo session, the way a customer wires it: the relative `/frontegg` prefix of
 * Frontegg's proxy and the signed-in user's token. Demo tokens are signed once, lazily (again after a failure), and live a day.
 * An environment token must name its tenant, so only it sends `frontegg-tenant-id`.
 */
export function createDemoClient(session: DemoSession): AuditClient {
  const identity = demoIdentities[session.identity];
  let token: Promise<string> | undefined;
  const signed = () => {
    // A rejected promise kept here would fail every later request: forget it, so Retry signs again.
    const signing = demoToken(identity).catch((error: unknown) => {
      if (token === signing) token = undefined;
      throw error;
    });
    return signing;
  };
  return createAuditClient({
    baseUrl: '/frontegg',
    getToken: () => (token ??= signed()),
    ...(identity.kind === 'environment' && { tenantId: session.tenantId }),
  });
}
