// A host's unit test without the mock: the client is answered with a recorded page through its own fetch.
const { AuditLog } = require('@auditkit/components');
const { createAuditClient, defaultAuditQuery, toListParams } = require('@auditkit/headless');
const { queryFromSearch } = require('@auditkit/headless/core');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');

const events = Array.from({ length: 20 }, (_, index) => ({
  frontegg_id: `e${index}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, index)).toISOString(),
  action: 'User logged in',
  severity: 'Info',
}));
const requests = [];
const client = createAuditClient({
  baseUrl: 'http://api.test',
  getToken: () => 'token',
  fetch: async (input) => {
    requests.push(String(input));
    return new Response(JSON.stringify({ data: events, total: 30 }), {
      headers: { 'content-type': 'application/json' },
    });
  },
});

test('lists events through the client', async () => {
  const query = queryFromSearch('audit.q=login', { prefix: 'audit' });
  expect(query.search).toBe('login');
  const page = await client.list(toListParams({ ...defaultAuditQuery, pageSize: 20 }, new Date()));
  expect(page.data.length).toBe(20);
  expect(page.total).toBe(30);
  expect(requests[0]).toContain('/audits/resources/audits/v2?count=20');
});

test('renders <AuditLog> on the server', () => {
  const html = renderToString(createElement(AuditLog, { client, newEventsInterval: false }));
  expect(html).toContain('aria-label="Audit log"');
});
