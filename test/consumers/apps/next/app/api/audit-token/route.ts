// The token comes from the server (a real app would return the signed-in user's Frontegg access token).
import { demoIdentities, demoToken } from '@auditkit/mock-api';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await demoToken(demoIdentities.tenantAAdmin), {
    headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' },
  });
}
