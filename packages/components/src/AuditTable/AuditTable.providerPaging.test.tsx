// `paging` belongs on the provider (README, "Your own layout"): every part reading the list then asks it the same
// way, with one request and one count. A table given a `paging` of its own that the provider's contradicted read
// its own list (infinite beside a pager on numbered pages, or paged under an infinite provider): two requests, and
// a pager and counts that were not the table's. The provider's now wins; the table's prop stands only where no
// provider sets one (the table alone, or a provider without `paging`).
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render } from 'vitest-browser-react';
import { Pagination } from '../Pagination/Pagination.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit, testQueryClient } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const pagingWarnings = () =>
  warn.mock.calls.filter(([message]) => String(message).includes('<AuditTable paging='));
/** The `count` of every list request so far: 20 a numbered page, 100 a page of the infinite list. */
const listCounts = () => requests.filter(isListRequest).map((url) => url.searchParams.get('count'));

describe('AuditTable paging under a provider that sets paging', () => {
  it('reads numbered pages with the pager when the provider says pages, though the table says infinite', async () => {
    const { screen, queryClient } = await renderAudit(
      <>
        <AuditTable paging="infinite" />
        <Pagination />
      </>,
      { state: { paging: 'pages' } },
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    // The pager's page of 20 is the table's: one request, and no infinite list's foot under the rows.
    expect(listCounts()).toEqual(['20']);
    expect(grid.getByRole('button', { name: 'Load more' }).elements()).toHaveLength(0);
    expect(
      grid
        .getByRole('status')
        .filter({ hasText: /events loaded$/ })
        .elements(),
    ).toHaveLength(0);

    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await expect.poll(() => requests.filter(isListRequest).at(-1)?.searchParams.get('offset')).toBe('20');
    expect(new Set(listCounts())).toEqual(new Set(['20']));
  });

  it('scrolls when the provider says infinite, though the table says pages', async () => {
    const { screen, queryClient } = await renderAudit(<AuditTable paging="pages" />, {
      state: { paging: 'infinite' },
    });
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('status').filter({ hasText: /of 240 events loaded$/ })).toBeVisible();
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(new Set(listCounts())).toEqual(new Set(['100']));
  });

  it('says once, in development, that the table’s paging gives way to the provider’s, and what to do', async () => {
    const { screen } = await renderAudit(
      <>
        <AuditTable paging="infinite" />
        <AuditTable paging="infinite" className="second" />
      </>,
      { state: { paging: 'pages' } },
    );
    await expect.element(screen.getByRole('grid', { name: 'Audit events' }).first()).toBeVisible();
    await expect.poll(() => pagingWarnings()).toHaveLength(1);
    const message = String(pagingWarnings()[0]![0]);
    expect(message).toMatch(/^\[auditkit\] <AuditTable paging="infinite"> is ignored/);
    expect(message).toContain('<AuditStateProvider paging="pages">');
    expect(message).toContain('set paging="infinite" on the AuditStateProvider');
  });

  it('says nothing when the table’s paging is the provider’s', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />, { state: { paging: 'infinite' } });
    await expect
      .element(
        screen
          .getByRole('grid')
          .getByRole('status')
          .filter({ hasText: /events loaded$/ }),
      )
      .toBeVisible();
    expect(pagingWarnings()).toEqual([]);
  });
});

describe('AuditTable paging where no provider sets it', () => {
  it('alone, with no AuditStateProvider, scrolls as its own paging says, with no warning', async () => {
    const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
    const screen = await render(
      <AuditProvider client={client} queryClient={testQueryClient()} retryPolicy={false}>
        <AuditTable paging="infinite" />
      </AuditProvider>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('status').filter({ hasText: /of 240 events loaded$/ })).toBeVisible();
    expect(new Set(listCounts())).toEqual(new Set(['100']));
    expect(pagingWarnings()).toEqual([]);
  });

  it('alone, its rows’ details look for an event as its infinite list is read, not by counting pages', async () => {
    const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
    const queryClient = testQueryClient();
    const screen = await render(
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <AuditTable paging="infinite" />
      </AuditProvider>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await grid
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await details
      .getByRole('button', { name: 'Show events from 5 minutes before to 5 minutes after this one' })
      .click();
    // The infinite list asked for the window, and nothing counted the events before the event (a request of 1):
    // numbered pages' way to the page that holds it, which an infinite list does not read.
    await expect
      .poll(() => requests.filter((url) => isListRequest(url) && url.searchParams.has('created_from')).length)
      .toBeGreaterThan(0);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(new Set(listCounts())).toEqual(new Set(['100']));
  });

  it('under a provider without paging, scrolls as before, and says the other parts read numbered pages', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('status').filter({ hasText: /of 240 events loaded$/ })).toBeVisible();
    expect(new Set(listCounts())).toEqual(new Set(['100']));
    await expect.poll(() => pagingWarnings()).toHaveLength(1);
    expect(String(pagingWarnings()[0]![0])).toMatch(
      /^\[auditkit\] <AuditTable paging="infinite"> inside an <AuditStateProvider> without `paging`/,
    );
  });
});
