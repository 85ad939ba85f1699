import { createMockAuditApi } from '@auditkit/mock-api';
import { createMockServer } from '@auditkit/mock-api/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { witnessApiOptions, witnessSuite } from './witnessSuite.ts';

// In-process: the client's fetch is answered by msw/node.
const mockApi = createMockAuditApi(witnessApiOptions);
const server = createMockServer(mockApi);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('@frontegg/rest-api against the mock in-process (msw/node)', () => {
  witnessSuite(() => ({ baseUrl: 'https://app-witness.frontegg.com', api: mockApi }));
});
