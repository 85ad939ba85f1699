'use server';
// A server action: the one kind of function a Server Component may hand to a client component, so <AuditLog> can
// be rendered straight from a Server Component. React calls it over POST from the browser; a real app would
// return the signed-in user's Frontegg access token from its session.
import { demoIdentities, demoToken } from '@auditkit/mock-api';

export async function auditToken(): Promise<string> {
  return demoToken(demoIdentities.tenantAAdmin);
}
