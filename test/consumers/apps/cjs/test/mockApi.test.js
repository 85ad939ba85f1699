// @auditkit/mock-api under Jest in CommonJS mode, with the README's jest.config.js: msw's setupServer answers the
// client's real fetch calls, and the mock's own handle() serves as a fetch without MSW.
const { AuditLog } = require('@auditkit/components');
const { createAuditClient } = require('@auditkit/headless');
const { createMockAuditApi, demoIdentities, demoToken } = require('@auditkit/mock-api');
const { createMockServer } = require('@auditkit/mock-api/node');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');

const api = createMockAuditApi({ seed: 7, eventsPerTenant: 40 });
const server = createMockServer(api);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

test('msw answers the client over fetch, and <AuditLog> renders with it on the server', async () => {
  const client = createAuditClient({ baseUrl: 'https://api.frontegg.com', getToken });
  const page = await client.list({ count: 10, offset: 0 });
  expect(page.data).toHaveLength(10);
  expect(page.total).toBe(40);
  const html = renderToString(createElement(AuditLog, { client, newEventsInterval: false }));
  expect(html).toContain('aria-label="Audit log"');
});

test('the mock answers without MSW through handle()', async () => {
  const client = createAuditClient({
    baseUrl: 'http://mock.test',
    getToken,
    fetch: async (input, init) =>
      (await api.handle(new Request(input, init))) ?? new Response(null, { status: 404 }),
  });
  expect((await client.list({ count: 5, offset: 0 })).data).toHaveLength(5);
});
