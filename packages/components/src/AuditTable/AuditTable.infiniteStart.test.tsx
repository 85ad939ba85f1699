// An infinite list whose query changes (a sort, a filter, a view) while the user is deep in it: the new rows start
// at the top. The browser kept the scroll position, clamped to the new first page, so the view landed near that
// page's end (which asked for the next page at once) and the grid's Tab stop stayed on a deep row. "Show them" from
// the new-events notice likewise goes to the first row, where the new events are.
import { describe, expect, it } from 'vitest';
import { userEvent, type Locator } from 'vitest/browser';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { NewEventsNotice } from '../NewEventsNotice/NewEventsNotice.tsx';
import { fastPolling } from '../test/fastPolling.ts';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
// The new events' poll (5 s, the shortest the hooks take) every 250 ms.
fastPolling();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The offsets of the infinite list's pages asked for in a sort (not the one-event lookups beside them). */
const pagesAsked = (sortBy: string) =>
  requests
    .filter((url) => isListRequest(url) && url.searchParams.get('count') === '100')
    .filter((url) => url.searchParams.get('sortBy') === sortBy)
    .map((url) => url.searchParams.get('offset'));
/** The indexes of the events drawn (virtual rows), in order. */
const drawn = (grid: Locator) =>
  [...grid.element().querySelectorAll<HTMLElement>('tbody[data-index]')].map((row) =>
    Number(row.dataset.index),
  );
/** The grid's controls and cells that are in the Tab order. */
const tabStops = (grid: Locator) => [...grid.element().querySelectorAll('tr [tabindex="0"]')];

/** A control outside the table that sorts the list, as a sort menu or a saved view does. */
function SortByAction() {
  const { queryState } = useAuditState();
  return (
    <button type="button" onClick={() => queryState.setSort({ column: 'action', direction: 'asc' })}>
      Sort by action
    </button>
  );
}

/**
 * Scrolls the infinite list in a short box to its end until a row past the 150th is drawn, and focuses a drawn
 * row there (the grid's remembered position): the scroll container.
 */
async function deepInTheList(grid: Locator) {
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  const container = grid.element().parentElement!;
  container.style.maxHeight = '400px';
  await expect
    .poll(async () => {
      container.scrollTop = container.scrollHeight;
      await nextFrame();
      return Math.max(...drawn(grid));
    })
    .toBeGreaterThan(150);
  await nextFrame();
  const deep = [...grid.element().querySelectorAll<HTMLElement>('tbody[data-index]')].at(-3)!;
  deep.querySelector<HTMLElement>('[data-slot="audit-expand-button"]')!.focus();
  expect(Number(deep.dataset.index)).toBeGreaterThan(100);
  return container;
}

describe('AuditTable with infinite paging, when the list starts again', () => {
  it('goes to the top when the refresh-failed Retry starts the same list over from its first page', async () => {
    const { screen, queryClient } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const container = await deepInTheList(grid);
    api().setScenario({ status: { list: 503 } });
    await queryClient.invalidateQueries();
    const notice = screen.getByRole('group', { name: 'The events could not be refreshed.' });
    await expect.element(notice).toBeVisible();
    api().resetScenario();
    requests.length = 0;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => pagesAsked('createdAt')).toEqual(['0']);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await nextFrame();
    // At the top of the list started over, its first row drawn: not at the end of its first page, clamped there,
    // which asked for the next page at once.
    expect(container.scrollTop).toBe(0);
    expect(drawn(grid)[0]).toBe(0);
    await pause(500);
    expect(pagesAsked('createdAt')).toEqual(['0']);
  });

  it('goes to the top and the first row when sorted from outside the grid, focus staying there', async () => {
    const { screen, queryClient } = await renderAudit(
      <>
        <SortByAction />
        <AuditTable paging="infinite" />
      </>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const container = await deepInTheList(grid);
    const sort = screen.getByRole('button', { name: 'Sort by action' });
    (sort.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => pagesAsked('action')).toEqual(['0']);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await expect.element(grid).not.toHaveAttribute('aria-busy');
    await nextFrame();

    // The view is at the top of the new rows, and the first of them is drawn.
    expect(container.scrollTop).toBe(0);
    expect(drawn(grid)[0]).toBe(0);
    // The grid's one Tab stop is on the first row, not a deep one; focus stayed on the control the user pressed.
    await expect
      .poll(() => tabStops(grid).map((stop) => stop.closest('tbody')?.dataset.index))
      .toEqual(['0']);
    expect(grid.element().getAttribute('tabindex')).toBeNull();
    await expect.element(sort).toHaveFocus();
    // Nothing more is asked for: the view is not at the end of the new first page.
    await pause(500);
    expect(pagesAsked('action')).toEqual(['0']);
    // Tab from the control before the grid reaches the first row.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.closest('tbody')?.getAttribute('data-index')).toBe('0');
  });

  it('goes back to the top when sorted from a header, focus and the Tab stop staying on that header', async () => {
    const { screen, queryClient } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const container = await deepInTheList(grid);
    const header = grid.getByRole('columnheader', { name: 'Action' }).getByRole('button').first();
    (header.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => pagesAsked('action')).toEqual(['0']);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await expect.element(grid).not.toHaveAttribute('aria-busy');
    await nextFrame();
    expect(container.scrollTop).toBe(0);
    expect(drawn(grid)[0]).toBe(0);
    await expect.element(header).toHaveFocus();
    expect(tabStops(grid)).toEqual([header.element()]);
    await pause(500);
    expect(pagesAsked('action')).toEqual(['0']);
  });

  it('"Show them" focuses the first row, in view, where the new events are', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <AuditTable paging="infinite" />
      </>,
      { state: { paging: 'infinite' } },
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const container = await deepInTheList(grid);
    await client.create({ severity: 'High', action: 'notice.deep.new' });
    const show = screen.getByRole('button', { name: 'Show them' });
    await expect.element(show).toBeVisible();
    (show.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(show).not.toBeInTheDocument();
    await expect
      .poll(() => document.activeElement?.closest('tbody[data-index]')?.getAttribute('data-index'))
      .toBe('0');
    expect(container.scrollTop).toBe(0);
    // The focused row is the new event, inside the scroll box's view.
    const row = document.activeElement!.closest('tbody')!;
    expect(row.textContent).toContain('notice.deep.new');
    const box = container.getBoundingClientRect();
    const place = row.getBoundingClientRect();
    expect(place.top).toBeGreaterThanOrEqual(box.top);
    expect(place.bottom).toBeLessThanOrEqual(box.bottom);
    expect(tabStops(grid)).toEqual([document.activeElement]);
  });
});
