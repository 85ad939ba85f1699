import { createMockAuditApi } from '@auditkit/mock-api';
import { startStandaloneServer } from '@auditkit/mock-api/node';
import type { StandaloneServer } from '@auditkit/mock-api/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { witnessApiOptions, witnessSuite } from './witnessSuite.ts';

// Over real HTTP: the standalone server on an ephemeral loopback port.
const mockApi = createMockAuditApi(witnessApiOptions);
let server: StandaloneServer;
beforeAll(async () => {
  server = await startStandaloneServer({ port: 0, api: mockApi });
});
afterAll(() => server.close());

describe('@frontegg/rest-api against the standalone mock over HTTP', () => {
  witnessSuite(() => ({ baseUrl: server.url, api: mockApi }));
});
