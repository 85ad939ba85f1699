import { afterAll, beforeAll } from 'vitest';
import { createMockServer } from '../node.ts';
import { createMockAuditApi } from './createMockAuditApi.ts';
import { CONTRACT_OPTIONS } from '../test/contractClient.ts';
import { contractSuite } from '../test/contractSuite.ts';

// The contract in-process through msw/node, at the base a real client would use.
const api = createMockAuditApi(CONTRACT_OPTIONS);
const server = createMockServer(api);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

contractSuite(() => ({ base: 'https://api.frontegg.com', api }));
