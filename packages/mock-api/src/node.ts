// @auditkit/mock-api/node: the mock in Node, in-process (MSW `setupServer`) or over real HTTP.
import { setupServer } from 'msw/node';
import type { SetupServer } from 'msw/node';
import { createMockAuditApi } from './handlers/createMockAuditApi.ts';
import type { MockAuditApi } from './handlers/createMockAuditApi.ts';

/** An MSW `setupServer` instance with the api it serves. */
export type MockServer = SetupServer & { readonly api: MockAuditApi };

/**
 * An MSW server (not yet listening) with the mock's handlers, for tests in Node.
 *
 * @example
 * const server = createMockServer();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => { server.resetHandlers(); server.api.reset(); server.api.resetScenario(); });
 * afterAll(() => server.close());
 */
export function createMockServer(api: MockAuditApi = createMockAuditApi()): MockServer {
  return Object.assign(setupServer(...api.handlers), { api });
}

export { startStandaloneServer } from './server/startStandaloneServer.ts';
export type { StandaloneServer, StandaloneServerOptions } from './server/startStandaloneServer.ts';
export * from './index.ts';
