// @vitest-environment jsdom
// Query keeps no rows of a page that failed, so no count: a pager built on the headless layer alone (the README's)
// then read "Page 1 of 1" with Previous and Next disabled, on page 7 of a flaky API, and no way but the URL out.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { pageRange } from '../query/pageRange.ts';
import { clientAs, demoIdentities, listsWithoutTotal, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit, testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { useAuditList } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

const server = setupMockBackend(240);
afterEach(cleanup);

/** The README's custom pager, opened on page 3, saying the list's count and error as they are. */
function Pager() {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page: 2 } });
  const { query } = state;
  const list = useAuditList(query);
  const range = pageRange({ ...query, total: list.total ?? 0, totalIsLowerBound: list.totalIsLowerBound });
  const count =
    list.total === undefined ? 'no count' : `${list.total}${list.totalIsLowerBound ? '+' : ''} events`;
  return (
    <>
      <p role="status">
        {list.isPending || list.isRefreshing
          ? 'loading'
          : `Page ${range.page + 1} of ${range.totalIsLowerBound ? 'many' : range.pageCount}, ${count}`}
      </p>
      {list.error && <p role="alert">{`Failed with ${list.error.status}`}</p>}
      <button type="button" disabled={query.page === 0} onClick={() => state.setPage(query.page - 1)}>
        Previous
      </button>
      <button type="button" disabled={!range.hasNext} onClick={() => state.setPage(range.page + 1)}>
        Next
      </button>
      <button type="button" onClick={() => state.setPage(7)}>
        Page 8
      </button>
      <button type="button" onClick={() => state.setFilter('__proto__', ['x'])}>
        Odd filter
      </button>
      {list.error && (
        <button type="button" onClick={() => void list.refresh()}>
          Retry
        </button>
      )}
    </>
  );
}

const status = () => screen.getByRole('status').textContent;
const press = (name: string) => act(async () => screen.getByRole('button', { name }).click());
const enabled = (name: string) => !screen.getByRole('button', { name }).hasAttribute('disabled');
const failNext = () => server.api.setScenario({ status: { list: 503 } });

describe('useAuditList, numbered pages, after a page fails', () => {
  it('keeps the count its filters last settled on, so the pager keeps its pages and both ways out', async () => {
    renderWithAudit(<Pager />, { retryPolicy: { maxRetries: 0 } });
    expect(await screen.findByText('Page 3 of 12, 240 events')).toBeTruthy();
    failNext();
    await press('Next');

    expect((await screen.findByRole('alert')).textContent).toBe('Failed with 503');
    expect(status()).toBe('Page 4 of 12, 240 events');
    expect(enabled('Previous')).toBe(true);
    expect(enabled('Next')).toBe(true);

    server.api.resetScenario();
    await press('Retry');
    expect(await screen.findByText('Page 4 of 12, 240 events')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a lower bound, reaching at least the end of the failed page', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager />, { retryPolicy: { maxRetries: 0 } });
    // Full pages and no count: at least the events up to the end of page 3.
    expect(await screen.findByText('Page 3 of many, 60+ events')).toBeTruthy();
    failNext();
    await press('Page 8');

    expect((await screen.findByRole('alert')).textContent).toBe('Failed with 503');
    expect(status()).toBe('Page 8 of many, 160+ events');
    expect(enabled('Previous')).toBe(true);
    expect(enabled('Next')).toBe(true);
  });

  it('lends no count to other filters, a filter named __proto__ included', async () => {
    renderWithAudit(<Pager />, { retryPolicy: { maxRetries: 0 } });
    expect(await screen.findByText('Page 3 of 12, 240 events')).toBeTruthy();
    failNext();
    await press('Odd filter');

    expect((await screen.findByRole('alert')).textContent).toBe('Failed with 503');
    expect(status()).toBe('Page 1 of 1, no count');
  });

  it('lends no count to another tenant whose page failed (the provider’s client swapped, same filters)', async () => {
    const queryClient = testQueryClient();
    const view = (client: ReturnType<typeof clientAs>) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={{ maxRetries: 0 }}>
        <Pager />
      </AuditProvider>
    );
    const { rerender } = render(view(clientAs(demoIdentities.tenantAAdmin)));
    expect(await screen.findByText('Page 3 of 12, 240 events')).toBeTruthy();
    failNext();
    await act(async () => rerender(view(clientAs(demoIdentities.tenantBAdmin))));

    expect((await screen.findByRole('alert')).textContent).toBe('Failed with 503');
    expect(status()).toBe('Page 1 of 1, no count');
  });
});
