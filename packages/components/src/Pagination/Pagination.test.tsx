import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { axeViolations } from '../test/axe.ts';
import { isListRequest, listsWithoutTotal, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderTableAndPager } from '../test/renderTableAndPager.tsx';
import { Pagination } from './Pagination.tsx';

const api = setupMockApi();
const lastList = () => requests.filter((url) => url.pathname.endsWith('/audits/resources/audits/v2')).at(-1);

/** The search box, the table and the pager, on page 2 once its range has been said. */
async function searchFromPageTwo() {
  const { screen, nav } = await renderTableAndPager({ before: <FilterBar searchDebounceMs={50} /> });
  await expect.element(nav).toHaveTextContent('1–20 of 240');
  await nav.getByRole('button', { name: 'Next page' }).click();
  await expect.element(screen.getByRole('status').filter({ hasText: '21–40 of 240' })).toBeInTheDocument();
  return { screen, nav };
}

describe('Pagination', () => {
  it('keeps its place unseen until the first page answers, then shows the count and its pages', async () => {
    api().setScenario({ latencyMs: 400 });
    const { screen } = await renderAudit(<Pagination />);
    const bar = screen.container.querySelector<HTMLElement>('[data-slot="audit-pagination"]')!;
    // There, holding its height, but neither seen nor reachable: "0–0 of 0" and a lone page 1 said nothing true.
    expect(bar.getBoundingClientRect().height).toBeGreaterThan(0);
    await expect.element(bar).not.toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Pagination' }).elements()).toHaveLength(0);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.element(nav.getByRole('button', { name: 'Page 12', exact: true })).toBeVisible();
  });

  it('pages by keyboard with numbered buttons and "1–20 of 240", and changes the page size', async () => {
    const { nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 1', exact: true }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(nav.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    (nav.getByRole('button', { name: 'Next page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await expect.poll(() => lastList()?.searchParams.get('offset')).toBe('20');
    await expect
      .element(nav.getByRole('button', { name: 'Page 2', exact: true }))
      .toHaveAttribute('aria-current', 'page');

    (nav.getByRole('button', { name: 'Last page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('221–240 of 240');
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await nav.getByRole('combobox', { name: 'Rows per page' }).selectOptions('50');
    await expect.element(nav).toHaveTextContent('1–50 of 240');
    await expect.poll(() => lastList()?.searchParams.get('count')).toBe('50');
    expect(lastList()?.searchParams.get('offset')).toBe('0');
    expect(await axeViolations(nav.element())).toEqual([]);
  });

  it('says the new range politely once the next page has answered, and nothing on first load', async () => {
    const { screen, nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.element(screen.getByRole('status').filter({ hasText: '240 events' })).toBeInTheDocument();
    // The count is the same on every page, so the table's region stays quiet: the range is the news.
    expect(screen.getByRole('status').filter({ hasText: '1–20' }).elements()).toHaveLength(0);
    await nav.getByRole('button', { name: 'Next page' }).click();
    const said = screen.getByRole('status').filter({ hasText: '21–40 of 240' });
    await expect.element(said).toBeInTheDocument();
    await expect.element(said).toHaveAttribute('aria-live', 'polite');
    // Said once, outside the bar, whose own text stays the range shown.
    expect(said.elements()).toHaveLength(1);
    expect(nav.element().contains(said.element())).toBe(false);
  });

  it('leaves a new count to the table’s region: a search from page 2 says no range on top of it', async () => {
    const { screen, nav } = await searchFromPageTwo();
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    await expect.element(nav).not.toHaveTextContent('of 240');
    await expect.element(nav).toHaveTextContent(/^1–\d+ of \d+/);
    await expect.element(screen.getByRole('status').filter({ hasText: /^\d+ events?$/ })).toBeInTheDocument();
    // Neither the new range nor the old one, which would be read later as if it were current.
    expect(screen.getByRole('status').filter({ hasText: /\d–\d/ }).elements()).toHaveLength(0);
  });

  it('takes back the range it said once a new search is on its way, so the old one is not read as current', async () => {
    const { screen } = await searchFromPageTwo();
    // A slow answer: the range of the rows on screen is not the one being loaded.
    api().setScenario({ latencyMs: 3000 });
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    await expect.poll(() => lastList()?.searchParams.get('filter')).toBe('login');
    const sent = Date.now();
    await expect
      .poll(() => screen.getByRole('status').filter({ hasText: '21–40 of 240' }).elements(), {
        timeout: 1000,
      })
      .toHaveLength(0);
    // Taken back while the answer was still on its way, not when it came.
    expect(Date.now() - sent).toBeLessThan(2000);
  });

  it('shows the page size in use when the host offers others, and then lets the user choose one of them', async () => {
    const { nav } = await renderTableAndPager({ pagination: { pageSizes: [50, 100] } });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    const select = nav.getByRole('combobox', { name: 'Rows per page' });
    await expect.element(select).toHaveValue('20');
    expect([...(select.element() as HTMLSelectElement).options].map((option) => option.value)).toEqual([
      '20',
      '50',
      '100',
    ]);
    await select.selectOptions('50');
    await expect.element(nav).toHaveTextContent('1–50 of 240');
    await expect.poll(() => lastList()?.searchParams.get('count')).toBe('50');
  });

  it('opens a link to a page past the last on the last page: rows, count and pager agree', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.page=40`);
    const { screen, nav } = await renderTableAndPager({}, { state: { url: true } });
    await expect.element(nav).toHaveTextContent('221–240 of 240');
    await expect
      .element(nav.getByRole('button', { name: 'Page 12', exact: true }))
      .toHaveAttribute('aria-current', 'page');
    await expect
      .element(screen.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(20))
      .toBeInTheDocument();
    await expect.poll(() => new URLSearchParams(location.search).get('audit.page')).toBe('12');
    history.replaceState(null, '', location.pathname);
  });

  it('keeps the previous rows in sight, marked busy, while the next page loads', async () => {
    const { screen } = await renderTableAndPager();
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByRole('row').nth(20)).toBeInTheDocument();
    const expanders = table.getByRole('button', { name: /^Details of / });
    // Those in the table's box and the window; rows out of sight below may go until the new page is in
    // (useProgressiveRows).
    const box = table.element().parentElement!.getBoundingClientRect();
    const inSight = expanders
      .elements()
      .filter((button) => button.getBoundingClientRect().top < Math.min(box.bottom, innerHeight))
      .map((button) => button.getAttribute('aria-label'));
    expect(inSight.length).toBeGreaterThan(0);
    api().setScenario({ latencyMs: 800 });
    await screen.getByRole('button', { name: 'Next page' }).click();
    await expect.element(table).toHaveAttribute('aria-busy', 'true');
    expect(
      expanders
        .elements()
        .slice(0, inSight.length)
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(inSight);
    await expect.element(table).not.toHaveAttribute('aria-busy');
    expect(expanders.first().element().getAttribute('aria-label')).not.toBe(inSight[0]);
  });

  it('pages on without a count from the server: "of many" while pages come back full, the count once one is short', async () => {
    listsWithoutTotal();
    const { screen, nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of many');
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'At least 20 events' }))
      .toBeInTheDocument();
    // There is a next page to go to, but no last one.
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeEnabled();
    await expect.element(nav.getByRole('button', { name: 'Last page' })).toBeDisabled();
    await expect.element(nav.getByRole('button', { name: 'Page 2', exact: true })).toBeVisible();

    await nav.getByRole('combobox', { name: 'Rows per page' }).selectOptions('100');
    await expect.element(nav).toHaveTextContent('1–100 of many');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('101–200 of many');
    // Each full page asks the one after it too, so Next knows whether there is one.
    await expect
      .poll(() => requests.map((url) => url.searchParams.get('offset')).filter((offset) => offset === '200'))
      .toHaveLength(1);
    await nav.getByRole('button', { name: 'Next page' }).click();
    // 240 events: the third page is short, so that is the count.
    await expect.element(nav).toHaveTextContent('201–240 of 240');
    await expect.element(screen.getByRole('status').filter({ hasText: '240 events' })).toBeInTheDocument();
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();
    // The page's rows mount in steps after its first screenful (useProgressiveRows): a busy machine takes a while.
    // Under load they once stopped at the first screenful for good (a step run on a rebased state): this failed
    // in 3 of 7 runs beside two busy CPU loops before that fix, and in none of 6 after it.
    await expect
      .element(screen.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(40), {
        timeout: 10_000,
      })
      .toBeInTheDocument();
    expect(await axeViolations(nav.element())).toEqual([]);
  });

  it('reads the same legacy list as the table when the provider says legacy: one request, one count', async () => {
    const { screen, nav } = await renderTableAndPager({}, { state: { legacy: true } });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.element(screen.getByRole('status').filter({ hasText: '240 events' })).toBeInTheDocument();
    const lists = requests.filter(isListRequest);
    // The pager asked the v2 list of its own before: a second request, and a count that need not match.
    expect(lists.map((url) => url.pathname.replace(/^.*?\/audits/, '/audits'))).toEqual(['/audits']);
  });
});
