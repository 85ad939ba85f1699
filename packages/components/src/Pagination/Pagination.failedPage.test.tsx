// A page that fails (a 429 while paging fast, a 5xx, a timeout, an API refusing a deep offset) has no answer, so no
// count: the pager once took that for "not loaded yet" and hid itself, leaving the user on that page with Retry only.
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderTableAndPager } from '../test/renderTableAndPager.tsx';

const api = setupMockApi();

describe('Pagination after a page fails', () => {
  it('stays in sight with the last count, and First page leads back to the first page', async () => {
    const { screen, nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    api().setScenario({ status: { list: 500 } });
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Internal server error');

    await expect.element(screen.getByRole('navigation', { name: 'Pagination' })).toBeVisible();
    // The page asked for, against the count last answered: as the pager read while that page loaded.
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 2', exact: true }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(nav.getByRole('button', { name: 'First page' })).toBeEnabled();
    await expect.element(nav.getByRole('button', { name: 'Previous page' })).toBeEnabled();
    // Past a page that failed for a moment (a 429, a timeout) the next one may answer.
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeEnabled();

    api().resetScenario();
    await nav.getByRole('button', { name: 'First page' }).click();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 1', exact: true }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });

  it('does not lend the count of other filters to a search whose first page fails', async () => {
    const { screen, nav } = await renderTableAndPager({ before: <FilterBar searchDebounceMs={50} /> });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    api().setScenario({ status: { list: 500 } });
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Internal server error');
    // On the first page there is nowhere to go and no count to say: the bar keeps its place, unseen.
    await expect
      .poll(() => screen.getByRole('navigation', { name: 'Pagination' }).elements())
      .toHaveLength(0);
    const bar = screen.container.querySelector('[data-slot="audit-pagination"]');
    expect(bar?.textContent).not.toContain('of 240');
  });

  it('offers the way back, without a range, when a link’s page fails before any count is known', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.page=5`);
    api().setScenario({ status: { list: 500 } });
    const { screen, nav } = await renderTableAndPager({}, { state: { url: true } });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Internal server error');
    await expect.element(nav).toBeVisible();
    expect(nav.element().textContent).not.toMatch(/\d–\d/);
    await expect
      .element(nav.getByRole('button', { name: 'Page 5', exact: true }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(nav.getByRole('button', { name: 'First page' })).toBeEnabled();
    await expect.element(nav.getByRole('button', { name: 'Previous page' })).toBeEnabled();
    // Nothing says there is a page after it.
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect.element(nav.getByRole('button', { name: 'Last page' })).toBeDisabled();

    api().resetScenario();
    await nav.getByRole('button', { name: 'First page' }).click();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.poll(() => new URLSearchParams(location.search).get('audit.page')).toBe(null);
    history.replaceState(null, '', location.pathname);
  });
});
