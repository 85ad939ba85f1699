// Numbered pages in a box shorter than the page (on a phone, 20 cards 2,365 px tall in a 518 px box): the browser
// kept the box's scroll position for the next page, a sort or a search, so a user who read to the foot of the page
// and pressed "Next page" saw the foot of the next one, its first events out of sight above and nothing saying so.
import type { CSSProperties } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent, type Locator } from 'vitest/browser';
import { Pagination } from '../Pagination/Pagination.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** The grid's controls and cells in the Tab order. */
const tabStops = (grid: Locator) => [...grid.element().querySelectorAll('tr [tabindex="0"]')];
/** Whether two boxes share some area. */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

/** The table in a 300 px box, with its pager, at the end of its first page's box: the last rows in view. */
async function scrolledToTheEnd() {
  const { screen, queryClient } = await renderAudit(
    <div style={{ '--auditkit-table-max-height': '300px' } as CSSProperties}>
      <AuditTable />
      <Pagination />
    </div>,
  );
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  await expect.element(nav).toHaveTextContent('1–20 of 240');
  const box = grid.element().parentElement!;
  const scrollToTheEnd = async () => {
    box.scrollTop = box.scrollHeight;
    await nextFrame();
    expect(box.scrollTop).toBeGreaterThan(0);
  };
  await scrollToTheEnd();
  /** The new rows are on screen: nothing is loading and the grid is not busy. */
  const answered = async () => {
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await expect.element(grid).not.toHaveAttribute('aria-busy');
    await nextFrame();
  };
  return { screen, grid, nav, box, scrollToTheEnd, answered };
}

describe('AuditTable with numbered pages in a box that scrolls', () => {
  it('shows another page, or the same sorted otherwise, from its first row', async () => {
    const { grid, nav, box, scrollToTheEnd, answered } = await scrolledToTheEnd();
    // A deep row is the grid's remembered place: the next page starts at its first row instead.
    const expand = grid.getByRole('button', { name: /^Details of / });
    (expand.nth(18).element() as HTMLElement).focus();

    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await answered();
    expect(box.scrollTop).toBe(0);
    expect(tabStops(grid)).toEqual([expand.first().element()]);
    // Focus stays on the pager the user pressed: only the box's view and the grid's Tab stop went back.
    await expect.element(nav.getByRole('button', { name: 'Next page' })).toHaveFocus();

    await scrollToTheEnd();
    await grid.getByRole('button', { name: 'Action' }).first().click();
    await answered();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    expect(box.scrollTop).toBe(0);
  });

  it('brings the event of a details filter into view on the page that holds it, its details still open', async () => {
    const { screen, grid, box, answered } = await scrolledToTheEnd();
    const expand = grid.getByRole('button', { name: /^Details of / }).nth(17);
    await userEvent.click(expand);
    const details = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
    const pivot = details.getByRole('button', { name: /^Show only events where Action is / });
    await pivot.click();
    await expect.element(pivot).not.toBeInTheDocument();
    await answered();
    await expect.element(details).toBeVisible();
    await expect
      .poll(() => overlap(details.element().getBoundingClientRect(), box.getBoundingClientRect()))
      .toBe(true);
  });
});
