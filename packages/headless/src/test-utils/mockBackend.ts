// The mock audits API in-process for unit tests: one server per test file, reset after each test.
import { createMockAuditApi, demoIdentities, demoToken, type DemoIdentity } from '@auditkit/mock-api';
import { createMockServer } from '@auditkit/mock-api/node';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createAuditClient, type AuditClientOptions } from '../client/createAuditClient.ts';
import { createAuditListClient } from '../client/createAuditListClient.ts';

export const BASE_URL = 'https://api.frontegg.test';
export const TENANT_A = demoIdentities.tenantAAdmin.tenantId;
export const TENANT_B = demoIdentities.tenantBAdmin.tenantId;

/** Starts the mock for the calling test file; returns the server (its `api` switches scenarios). */
export function setupMockBackend(eventsPerTenant = 600) {
  const server = createMockServer(
    createMockAuditApi({ seed: 7, eventsPerTenant, strict: true, fidelity: 'frontegg' }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.api.reset();
    server.api.resetScenario();
  });
  afterAll(() => server.close());
  return server;
}

const tokens = new Map<string, Promise<string>>();

/** A (cached) signed token of a demo identity. */
export function tokenOf(identity: DemoIdentity): Promise<string> {
  let token = tokens.get(identity.id);
  if (!token) {
    token = demoToken(identity);
    tokens.set(identity.id, token);
  }
  return token;
}

/** A client signed in as a demo identity. */
export function clientAs(
  identity: DemoIdentity = demoIdentities.tenantAAdmin,
  options: Partial<AuditClientOptions> = {},
) {
  return createAuditClient({ baseUrl: BASE_URL, getToken: () => tokenOf(identity), ...options });
}

/** A list-only client (`createAuditListClient`) signed in as a demo identity. */
export function listClientAs(identity: DemoIdentity = demoIdentities.tenantAAdmin) {
  return createAuditListClient({ baseUrl: BASE_URL, getToken: () => tokenOf(identity) });
}

/** Every request URL the mock server sees, for asserting what was sent. */
export function recordRequests(server: ReturnType<typeof setupMockBackend>) {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => void seen.push(request.clone());
  server.events.on('request:start', listener);
  afterEach(() => {
    seen.length = 0;
  });
  return seen;
}

/** How many of the recorded `requests` went to `path`, at `offset` when given. */
export const countRequests = (requests: readonly Request[], path: string, offset?: number) =>
  requests.filter((request) => {
    const url = new URL(request.url);
    return (
      url.pathname === path && (offset === undefined || url.searchParams.get('offset') === String(offset))
    );
  }).length;

/**
 * For the current test, both lists answer as the mock does but without `total`, as some deployments' legacy list
 * does (the parser accepts that); returns the offsets of the pages asked, in order: not of the one-event lookups
 * (`count=1`) of the newest matching event, which a snapshot or the new-events notice asks beside them.
 */
export function listsWithoutTotal(server: ReturnType<typeof setupMockBackend>): number[] {
  const asked: number[] = [];
  const withoutTotal = async ({ request }: { request: Request }) => {
    const params = new URL(request.url).searchParams;
    if (params.get('count') !== '1') asked.push(Number(params.get('offset') ?? 0));
    const response = await server.api.handle(request);
    if (!response?.ok) return response;
    const { total: _total, ...body } = (await response.json()) as Record<string, unknown>;
    return HttpResponse.json(body);
  };
  server.use(http.get('*/audits/resources/audits/v2', withoutTotal), http.get('*/audits', withoutTotal));
  return asked;
}

export { demoIdentities };
