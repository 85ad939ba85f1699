// The state provider's query (usePrefetchingQueryState): a user's change sends its list request from the event that made it, before the log renders the change, and the
// table takes that answer without asking again. Observed from the page's `fetch`: when the request leaves, the table
// must not yet be marked busy (it is, from the commit that renders the change onwards). The token is in hand, as
// Frontegg's SDK holds it: a `getToken` that returns a promise makes every request wait for it.
import { defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { Pagination } from '../Pagination/Pagination.tsx';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { useAuditState } from './useAuditState.ts';

setupMockApi();

/** For each list request the page sent: its query string, and whether the table was busy at that moment. */
let sent: { search: URLSearchParams; tableBusy: boolean }[] = [];
const realFetch = globalThis.fetch;
let token = '';
beforeAll(async () => {
  token = await demoToken(demoIdentities.tenantAAdmin);
});
const renderLog = (props: Parameters<typeof renderAuditLog>[0] = {}) =>
  renderAuditLog({ getToken: () => token, ...props });

beforeEach(() => {
  sent = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (isListRequest(url))
      sent.push({
        search: url.searchParams,
        tableBusy: document.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'true',
      });
    return realFetch(input, init);
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

// A page of 20: the new-events notice's polls (one event each) carry the same filters.
const isPage = (search: URLSearchParams) => search.get('count') === '20';
const v2 = (url: URL) => url.pathname.endsWith('/audits/resources/audits/v2');
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const rangeText = () => document.querySelector('[data-slot="audit-range"]')?.textContent;
/** Waits for the page's requests to arrive at the mock and for no more to follow. */
const settled = async (key: string, value: string) => {
  await expect.poll(() => pageRequestsWhere(key, value).length).toBeGreaterThan(0);
  await settle();
};
const pageRequestsWhere = (key: string, value: string) =>
  requests.filter(
    (url) => isListRequest(url) && isPage(url.searchParams) && url.searchParams.get(key) === value,
  );

describe('a change of the query', () => {
  it('sends a filter’s list request before rendering the change, and only once', async () => {
    const screen = await renderLog();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await screen.getByRole('button', { name: 'Severity' }).click();
    await screen.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).click();
    // High events only: fewer than all 240.
    await expect.poll(rangeText).toMatch(/^1–20 of (?!240$)\d+$/);
    await settled('severity', 'High');
    const high = sent.filter(({ search }) => isPage(search) && search.get('severity') === 'High');
    expect(high.map(({ tableBusy }) => tableBusy)).toEqual([false]);
    expect(pageRequestsWhere('severity', 'High')).toHaveLength(1);
  });

  it('sends the next page’s request before rendering the change, and only once', async () => {
    const screen = await renderLog();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await settled('offset', '20');
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    const second = sent.filter(({ search }) => isPage(search) && search.get('offset') === '20');
    expect(second.map(({ tableBusy }) => tableBusy)).toEqual([false]);
    expect(pageRequestsWhere('offset', '20')).toHaveLength(1);
  });

  it('sends nothing ahead for a host that owns the query and does not take the change', async () => {
    const onQueryChange = vi.fn();
    const screen = await renderLog({ query: defaultAuditQuery, onQueryChange });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => onQueryChange.mock.calls.length).toBe(1);
    expect(onQueryChange.mock.calls[0]![0]).toMatchObject({ page: 1 });
    // Given time to leave, had it been sent: the list's own requests leave within the same task as a change.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pageRequestsWhere('offset', '20')).toHaveLength(0);
    await expect.element(nav).toHaveTextContent('1–20 of 240');
  });
  it('asks again on a return to an earlier filter: an answer asked ahead is not kept fresh', async () => {
    const screen = await renderLog();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await screen.getByRole('button', { name: 'Severity' }).click();
    const high = screen.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' });
    await high.click();
    await expect.poll(rangeText).toMatch(/^1–20 of (?!240$)\d+$/);
    await high.click();
    await expect.poll(rangeText).toBe('1–20 of 240');
    await high.click();
    await expect.poll(() => pageRequestsWhere('severity', 'High').length).toBe(2);
  });

  it('asks nothing ahead for the page on screen, clicked again', async () => {
    const screen = await renderLog();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Page 2', exact: true }).click();
    await settled('offset', '20');
    await expect.element(screen.getByRole('grid')).not.toHaveAttribute('aria-busy', 'true');
    const before = pageRequestsWhere('offset', '20').length;
    await nav.getByRole('button', { name: 'Page 2', exact: true }).click();
    await settle();
    expect(pageRequestsWhere('offset', '20')).toHaveLength(before);
  });

  it('asks nothing ahead for a list no part reads: a table of the legacy list beside the provider’s v2', async () => {
    const { screen } = await renderAudit(<AuditTable legacy />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByRole('row').nth(20)).toBeInTheDocument();
    await table.getByRole('button', { name: 'Action' }).click();
    await expect
      .element(table.getByRole('columnheader', { name: 'Action' }))
      .toHaveAttribute('aria-sort', 'ascending');
    await settle();
    const sorted = requests.filter(
      (url) => isListRequest(url) && url.searchParams.get('sortBy') === 'action',
    );
    expect(sorted.map(v2)).toEqual([false]);
  });
  it('asks once when one event sets the same page twice (a filter, then the first page)', async () => {
    function FilterThenFirstPage() {
      const { queryState } = useAuditState();
      return (
        <button
          type="button"
          onClick={() => {
            queryState.setFilter('severity', ['High']);
            queryState.setPage(0);
          }}
        >
          High only
        </button>
      );
    }
    const { screen } = await renderAudit(
      <>
        <FilterThenFirstPage />
        <AuditTable />
        <Pagination />
      </>,
      { getToken: () => token },
    );
    await expect.poll(rangeText).toBe('1–20 of 240');
    await screen.getByRole('button', { name: 'High only' }).click();
    await settled('severity', 'High');
    const high = sent.filter(({ search }) => isPage(search) && search.get('severity') === 'High');
    expect(high.map(({ tableBusy }) => tableBusy)).toEqual([false]);
    expect(pageRequestsWhere('severity', 'High')).toHaveLength(1);
  });
  it('retries a page asked ahead as its observer would: a QueryClient’s default retries, with no retry policy', async () => {
    let failed = false;
    overrideMock(
      http.get('*/audits/resources/audits/v2', ({ request }) => {
        if (failed || new URL(request.url).searchParams.get('offset') !== '20') return undefined;
        failed = true;
        return HttpResponse.json({ errors: ['Busy'] }, { status: 503 });
      }),
    );
    // Retries on (TanStack's default 3), the library's own policy off (renderAudit sets `retryPolicy={false}`).
    const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 10 } } });
    const { screen } = await renderAudit(
      <>
        <AuditTable />
        <Pagination />
      </>,
      { getToken: () => token, queryClient },
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.poll(rangeText).toBe('1–20 of 240');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(screen.getByRole('grid')).not.toHaveAttribute('aria-busy', 'true');
    await expect.poll(rangeText).toBe('21–40 of 240');
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
    expect(pageRequestsWhere('offset', '20')).toHaveLength(2);
    queryClient.clear();
  });
});
