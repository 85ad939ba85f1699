import { createAuditClient, type AuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { DemoSession } from './session.ts';

/**
 * The audits client for a demo session, the way a customer wires it: the relative `/frontegg` prefix of
 * Frontegg's proxy and the signed-in user's token. Demo tokens are signed once, lazily, and live a day.
 * An environment token must name its tenant, so only it sends `frontegg-tenant-id`.
 */
export function createDemoClient(session: DemoSession): AuditClient {
  const identity = demoIdentities[session.identity];
  let token: Promise<string> | undefined;
  return createAuditClient({
    baseUrl: '/frontegg',
    getToken: () => (token ??= demoToken(identity)),
    ...(identity.kind === 'environment' && { tenantId: session.tenantId }),
  });
}
