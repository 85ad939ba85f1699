// A host's own layout on infinite scrolling (README, "Your own layout": `paging` on the provider) that also placed a
// <Pagination>: the pager asked the list in numbered pages, a second request beside the infinite table's, and drew
// numbered pages no table beside it showed.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { Pagination } from './Pagination.tsx';

setupMockApi();
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const pagerWarnings = () => warn.mock.calls.filter(([message]) => String(message).includes('<Pagination>'));

describe('Pagination under a provider on infinite scrolling', () => {
  it('draws nothing and asks nothing: the infinite table’s request is the only list request', async () => {
    const { screen, queryClient } = await renderAudit(
      <>
        <AuditTable />
        <Pagination />
      </>,
      { state: { paging: 'infinite' } },
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    // The table's foot says how many are loaded: it is the infinite list.
    await expect
      .element(screen.getByRole('status').filter({ hasText: /of 240 events loaded$/ }))
      .toBeVisible();

    expect(screen.getByRole('navigation', { name: 'Pagination' }).elements()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Next page' }).elements()).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: 'Rows per page' }).elements()).toHaveLength(0);
    // The infinite list's requests, of 100 events each: no page of 20 beside them.
    const counts = requests.filter(isListRequest).map((url) => url.searchParams.get('count'));
    expect(counts.length).toBeGreaterThan(0);
    expect(new Set(counts)).toEqual(new Set(['100']));
  });

  it('says once, in development, why it draws nothing and what to do', async () => {
    const { screen } = await renderAudit(
      <>
        <Pagination />
        <Pagination pageSizes={[20, 50]} />
        <p>Drawn</p>
      </>,
      { state: { paging: 'infinite' } },
    );
    await expect.element(screen.getByText('Drawn')).toBeVisible();
    await expect.poll(() => pagerWarnings()).toHaveLength(1);
    expect(String(pagerWarnings()[0]![0])).toMatch(
      /^\[auditkit\] <Pagination> draws nothing under <AuditStateProvider paging="infinite">/,
    );
    expect(String(pagerWarnings()[0]![0])).toContain('paging="pages"');
  });

  it('still pages under a provider on numbered pages, with no warning', async () => {
    const { screen } = await renderAudit(<Pagination />, { state: { paging: 'pages' } });
    await expect
      .element(screen.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    expect(pagerWarnings()).toEqual([]);
  });
});
