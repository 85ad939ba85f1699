// While another search, filter or time range loads, the table keeps the rows before it on screen, marked busy. The
// pager drew the new query's first page against the count of the old one ("1–20 of 240" for a search that may
// match 3): a range neither of the rows in sight nor of the answer to come. It now keeps the range of the rows in
// sight, marked busy as the table is, until the new count is in. Another page or page size of the same matches
// keeps its count, so its range is shown at once.
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderTableAndPager } from '../test/renderTableAndPager.tsx';

const api = setupMockApi();
const lastList = () => requests.filter(isListRequest).at(-1);

describe('Pagination while a new query loads', () => {
  it('keeps the range of the rows in sight, marked busy, until the new search’s count is in', async () => {
    const { screen, nav } = await renderTableAndPager({ before: <FilterBar searchDebounceMs={50} /> });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await expect.element(nav).not.toHaveAttribute('aria-busy');
    // Page 2's rows in sight (until they are, the rows and their range are still page 1's).
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.poll(() => lastList()?.searchParams.get('offset')).toBe('20');
    await expect.element(grid).not.toHaveAttribute('aria-busy');

    api().setScenario({ latencyMs: 1500 });
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    await expect.poll(() => lastList()?.searchParams.get('filter')).toBe('login');
    await expect.element(grid).toHaveAttribute('aria-busy', 'true');
    await expect.element(nav).toHaveAttribute('aria-busy', 'true');
    // The count of 240 is not the search's: not "1–20 of 240".
    expect(nav.element().querySelector('[data-slot="audit-range"]')?.textContent).toBe('21–40 of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 2', exact: true }))
      .toHaveAttribute('aria-current', 'page');

    await expect.element(grid, { timeout: 5000 }).not.toHaveAttribute('aria-busy');
    await expect.element(nav).not.toHaveAttribute('aria-busy');
    await expect.element(nav).toHaveTextContent(/^1–\d+ of \d+/);
    await expect.element(nav).not.toHaveTextContent('of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 1', exact: true }))
      .toHaveAttribute('aria-current', 'page');
  });

  it('shows the next page’s range at once, not busy: the same matches, the same count', async () => {
    const { screen, nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    api().setScenario({ latencyMs: 1500 });
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect
      .element(screen.getByRole('grid', { name: 'Audit events' }))
      .toHaveAttribute('aria-busy', 'true');
    expect(nav.element().querySelector('[data-slot="audit-range"]')?.textContent).toBe('21–40 of 240');
    expect(nav.element().getAttribute('aria-busy')).toBeNull();
  });
});
