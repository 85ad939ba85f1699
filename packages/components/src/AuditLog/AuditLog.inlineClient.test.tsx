// A host that writes `client={createAuditClient(…)}` in its render (or in a useMemo keyed on the token) gives the
// log a new client each time it renders. Each had a cache of its own: every host render emptied the table into its
// skeleton and closed the open event.
import { createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

const ada = demoIdentities.tenantAAdmin;
let token: Promise<string> | undefined;
const getToken = () => (token ??= demoToken(ada));

/** The host's render: a new client each time, as an inline `createAuditClient` in JSX gives. */
const inlineLog = (queryClient: QueryClient, identity: { tenantId?: string; userId?: string } = {}) => (
  <AuditLog
    client={createAuditClient({ baseUrl: '', getToken })}
    {...identity}
    queryClient={queryClient}
    defaultTimeZone="UTC"
    locale="en-US"
    showStats={false}
    newEventsInterval={false}
  />
);

const clientWarnings = (warn: MockInstance<typeof console.warn>) =>
  warn.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('new `client`'));

afterEach(() => vi.restoreAllMocks());

describe('<AuditLog> given a new client on each host render', () => {
  it('keeps its rows and the open event when tenantId and userId name the cache', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = testQueryClient();
    const identity = { tenantId: ada.tenantId, userId: ada.userId };
    const screen = await render(inlineLog(queryClient, identity));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const details = table.getByRole('button', { name: /^Details of / });
    await expect.element(details.nth(19)).toBeVisible();
    await details.nth(2).click();
    await expect.element(details.nth(2)).toHaveAttribute('aria-expanded', 'true');

    const seen = { busy: false, skeleton: false, closed: false };
    const observer = new MutationObserver(() => {
      seen.busy ||= table.element().getAttribute('aria-busy') === 'true';
      seen.skeleton ||= screen.container.querySelector('[data-kind="loading"]') !== null;
      seen.closed ||= screen.container.querySelector('[aria-expanded="true"]') === null;
    });
    observer.observe(screen.container, { subtree: true, childList: true, attributes: true });
    for (let render = 0; render < 3; render++) {
      await screen.rerender(inlineLog(queryClient, identity));
      // Long enough for a new cache's request to start and its skeleton to show.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    observer.disconnect();

    expect(seen).toEqual({ busy: false, skeleton: false, closed: false });
    expect(details.elements()).toHaveLength(20);
    await expect.element(details.nth(2)).toHaveAttribute('aria-expanded', 'true');
    // Still told: every part renders again for each new client.
    expect(clientWarnings(warn)).toEqual([expect.stringContaining('keeps its cached events')]);
  });

  it('warns once in development, naming the fix, when it cannot keep its cache', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = testQueryClient();
    const screen = await render(inlineLog(queryClient));
    await expect
      .element(
        screen
          .getByRole('grid', { name: 'Audit events' })
          .getByRole('button', { name: /^Details of / })
          .first(),
      )
      .toBeVisible();
    for (let render = 0; render < 4; render++) await screen.rerender(inlineLog(queryClient));

    const warnings = clientWarnings(warn);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[auditkit\] <AuditLog>/);
    expect(warnings[0]).toContain('useState(() => createAuditClient(');
    expect(warnings[0]).toContain('starts an empty cache');
  });

  it('does not warn for one client kept across renders, nor for one new client (the next user’s)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = testQueryClient();
    const first = createAuditClient({ baseUrl: '', getToken });
    const next = createAuditClient({ baseUrl: '', getToken });
    const log = (client: typeof first) => (
      <AuditLog client={client} queryClient={queryClient} showStats={false} newEventsInterval={false} />
    );
    const screen = await render(log(first));
    await screen.rerender(log(first));
    await screen.rerender(log(next));
    await screen.rerender(log(next));
    await screen.rerender(log(next));
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    expect(clientWarnings(warn)).toEqual([]);
  });

  it('does not warn at a shared desk whose host gives each person a client with a scope of their own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = testQueryClient();
    const personal = (cacheScope: string) => createAuditClient({ baseUrl: '', getToken, cacheScope });
    const log = (cacheScope: string) => (
      <AuditLog
        client={personal(cacheScope)}
        tenantId="tenant-acme"
        userId="shared-desk"
        queryClient={queryClient}
        showStats={false}
        newEventsInterval={false}
      />
    );
    const screen = await render(log('person:ada'));
    await screen.rerender(log('person:hank'));
    await screen.rerender(log('person:ada'));
    await screen.rerender(log('person:hank'));
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    expect(clientWarnings(warn)).toEqual([]);
  });
});
