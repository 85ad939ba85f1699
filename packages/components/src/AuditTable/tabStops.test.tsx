// Issue 15: "Next page" was the 93rd Tab stop of the demo page (70 inside a 20-row table, ~600 at 200 rows).
// With the table one Tab stop, the pagination is a few Tabs from the search box at every page size.
import { auditPageSizes } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

/** Presses Tab from the search box until "Next page" has focus: how many presses, and how many in the grid. */
async function tabsToNextPage(search: HTMLElement, next: HTMLElement, grid: Element) {
  search.focus();
  let inGrid = 0;
  for (let tabs = 1; tabs <= 60; tabs += 1) {
    await userEvent.keyboard('{Tab}');
    if (grid.contains(document.activeElement)) inGrid += 1;
    if (document.activeElement === next) return { tabs, inGrid };
  }
  return { tabs: Infinity, inGrid };
}

describe('Tab stops of the audit log', () => {
  it('reaches "Next page" from the search box in at most 15 Tabs at every page size, with a row open too', async () => {
    const screen = await renderAuditLog();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const search = screen.getByLabelText('Search events', { exact: true });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const next = nav.getByRole('button', { name: 'Next page' });
    const sizes = nav.getByRole('combobox', { name: 'Rows per page' });
    const counts: Record<string, { tabs: number; inGrid: number }> = {};
    for (const size of auditPageSizes) {
      await userEvent.selectOptions(sizes, String(size));
      await expect.element(nav).toHaveTextContent(`1–${size} of 240`);
      const expanders = grid.getByRole('button', { name: /^Details of / });
      // A long page mounts its rows in steps (useProgressiveRows).
      await expect.poll(() => expanders.elements().length, { timeout: 15_000 }).toBe(size);
      counts[size] = await tabsToNextPage(
        search.element() as HTMLElement,
        next.element() as HTMLElement,
        grid.element(),
      );

      // With a row open (its panel's controls are the panel's own, entered from it).
      await expanders.nth(1).click();
      await expect
        .element(grid.getByRole('region', { name: /^Details of / }).getByText('Event ID'))
        .toBeVisible();
      counts[`${size}+open`] = await tabsToNextPage(
        search.element() as HTMLElement,
        next.element() as HTMLElement,
        grid.element(),
      );
      await expanders.nth(1).click();
    }
    for (const [size, count] of Object.entries(counts)) {
      expect(count.tabs, `page size ${size}`).toBeLessThanOrEqual(15);
      // The table is one stop, whatever the page size (the pagination's page buttons vary with the page count).
      expect(count.inGrid, `page size ${size}`).toBe(1);
    }
    // Five page sizes, each mounted and tabbed through twice: longer than one test's default on a busy machine.
  }, 60_000);

  it('starts a new page at its first row, in the column the user was in: Shift+Tab back from "Next page"', async () => {
    const screen = await renderAuditLog();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).nth(19)).toBeInTheDocument();
    const next = nav.getByRole('button', { name: 'Next page' }).element() as HTMLElement;
    (screen.getByLabelText('Search events', { exact: true }).element() as HTMLElement).focus();
    while (!grid.element().contains(document.activeElement)) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowRight}');
    const spot = () => {
      const cell = document.activeElement!.closest('td')!;
      const rows = [...grid.element().querySelectorAll('tr[data-slot="audit-table-row"]')];
      return { row: rows.indexOf(cell.parentElement!), cell: cell.cellIndex, text: cell.textContent };
    };
    const before = spot();
    expect(before).toMatchObject({ row: 4, cell: 1 });
    while (document.activeElement !== next) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await expect.element(grid).not.toHaveAttribute('aria-busy');
    while (!grid.element().contains(document.activeElement))
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    // The new page shows from its top (its box scrolled back there): its first row, in the same column (Time).
    expect(spot()).toMatchObject({ row: 0, cell: 1 });
    expect(spot().text).not.toBe(before.text);
  });
});
