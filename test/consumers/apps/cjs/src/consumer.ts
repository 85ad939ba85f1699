// A CommonJS TypeScript consumer (this package has no "type": "module"). Compiled under node16, nodenext and
// bundler resolution; the node16 output is then run with plain `node`, so every `require` below is real.
import {
  AuditLog,
  type AuditLogProps,
  type AuditMessages,
  type AuditTranslation,
} from '@auditkit/components';
// One language's entry point on its own: a host pays only for the pack it imports.
import * as de from '@auditkit/components/messages/de';
import { createAuditClient, createAuditListClient, type AuditClient } from '@auditkit/headless';
import { defaultAuditQuery, queryFromSearch, queryToSearch, type AuditQuery } from '@auditkit/headless/core';
import { createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const api = createMockAuditApi({ seed: 7, eventsPerTenant: 50 });

const mockOptions = {
  baseUrl: 'http://mock.test',
  getToken: () => demoToken(demoIdentities.tenantAAdmin),
  fetch: async (input: RequestInfo | URL, init?: RequestInit) =>
    (await api.handle(new Request(input, init))) ?? new Response(null, { status: 404 }),
};

export function mockClient(): AuditClient {
  return createAuditClient(mockOptions);
}

export async function main() {
  const query: AuditQuery = queryFromSearch(queryToSearch({ ...defaultAuditQuery, search: 'login' }, {}), {});
  const page = await mockClient().list({ count: 5, offset: 0 });
  // The list-only client, for pages on the list hooks alone: the same answer, with a column filter planned too.
  const listOnly = createAuditListClient(mockOptions);
  const filtered = await listOnly.list({ count: 5, offset: 0, filters: { severity: ['High'] } });
  const props: AuditLogProps = { client: mockClient(), newEventsInterval: false };
  const html = renderToString(createElement(AuditLog, props));
  // The pack is a whole AuditMessages (a missing key would not compile here) and a translation in one prop.
  const german: AuditTranslation = de;
  const messages: AuditMessages = de.messages;
  const germanHtml = renderToString(createElement(AuditLog, { ...props, translation: german }));
  console.log(
    JSON.stringify({
      search: query.search,
      rows: page.data.length,
      total: page.total,
      listOnly:
        (await listOnly.list({ count: 5, offset: 0 })).data.map((event) => event.frontegg_id).join() ===
        page.data.map((event) => event.frontegg_id).join(),
      listOnlyFiltered: filtered.data.length > 0 && filtered.data.every((event) => event.severity === 'High'),
      html: html.length,
      german: germanHtml.includes(`aria-label="${messages.regionLabel}"`) && germanHtml.includes('lang="de"'),
      plural: [de.messages.resultCount('1', 1), de.messages.resultCount('5', 5)],
    }),
  );
}

if (require.main === module) void main();
