// The mock audits API behind the app's own origin, as a proxy to Frontegg would be.
import { createMockAuditApi } from '@auditkit/mock-api';

const api = createMockAuditApi({ seed: 7, eventsPerTenant: 120 });

async function handle(request: Request) {
  return (await api.handle(request)) ?? new Response('Not found', { status: 404 });
}

export { handle as GET, handle as POST, handle as PUT, handle as DELETE, handle as OPTIONS };
