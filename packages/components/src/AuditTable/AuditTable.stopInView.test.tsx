// WCAG 2.4.11 Focus Not Obscured, sideways: in a table wider than its box, arrowing along a row focused a cell
// that was partly in view at the box's right edge (Resource: 20 of 150 px) and the box stayed put, so only a sliver
// of the focus ring showed (Chromium does not scroll an element partly in view). The box now scrolls the stop's
// cell fully into view, the nearest way, and nothing scrolls for a cell already in view. Real keys (Playwright).
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent, type Locator } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();
afterEach(() => page.viewport(1280, 900));

const focused = () => document.activeElement as HTMLElement;

/** What of `box` shows its content: inside its borders and scrollbars, below what its sticky header covers. */
function shownOf(box: HTMLElement, underHeader = true): DOMRect {
  const frame = box.getBoundingClientRect();
  const th = box.querySelector('thead th');
  const covered =
    underHeader && th && getComputedStyle(th).position === 'sticky'
      ? th.getBoundingClientRect().bottom - frame.top - box.clientTop
      : 0;
  return new DOMRect(
    frame.left + box.clientLeft,
    frame.top + box.clientTop + covered,
    box.clientWidth,
    box.clientHeight - covered,
  );
}

/** Whether `element` is wholly inside `shown` (half a pixel for rounding). */
function expectInside(element: Element, shown: DOMRect) {
  const rect = element.getBoundingClientRect();
  const label = `${element.localName} ${element.textContent?.slice(0, 30)}`;
  expect(rect.left, `left of ${label}`).toBeGreaterThanOrEqual(shown.left - 0.5);
  expect(rect.right, `right of ${label}`).toBeLessThanOrEqual(shown.right + 0.5);
  expect(rect.top, `top of ${label}`).toBeGreaterThanOrEqual(shown.top - 0.5);
  expect(rect.bottom, `bottom of ${label}`).toBeLessThanOrEqual(shown.bottom + 0.5);
}

/** A table wider than its box (1,128 px of default columns in a box under 1,000 px), on a page taller than it. */
async function renderWide(style?: CSSProperties, dir?: 'rtl') {
  await page.viewport(1000, 700);
  const { screen } = await renderAudit(
    <div style={style} dir={dir}>
      <button type="button">Before</button>
      <AuditTable />
      <button type="button">After</button>
      <div style={{ height: 1500 }} />
    </div>,
  );
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const details = grid.getByRole('button', { name: /^Details of / });
  await expect.element(details.nth(19)).toBeInTheDocument();
  await expect.element(details.first()).toHaveAttribute('tabindex', '0');
  const box = grid.element().parentElement!;
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth + 100);
  (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
  return { screen, grid, box };
}

/** The event rows' cells of the `n`-th event (0-based; the header is the grid's first row). */
const cellsOf = (grid: Locator, n: number) =>
  grid
    .getByRole('row')
    .nth(n + 1)
    .getByRole('gridcell');

const scrolls = (box: HTMLElement) => ({ left: box.scrollLeft, top: box.scrollTop, x: scrollX, y: scrollY });

describe('AuditTable keyboard grid in a box narrower than the table', () => {
  it('scrolls the box to show the whole cell an arrow key moves to at its edge, and its column header', async () => {
    const { grid, box } = await renderWide();
    await userEvent.keyboard('{Tab}');
    for (let i = 0; i < 6; i += 1) await userEvent.keyboard('{ArrowRight}');
    const resource = cellsOf(grid, 0).last();
    await expect.element(resource).toHaveFocus();
    expect(box.scrollLeft).toBeGreaterThan(0);
    expectInside(resource.element(), shownOf(box));

    await userEvent.keyboard('{ArrowUp}');
    const header = grid.getByRole('columnheader', { name: 'Resource' });
    expect(header.element().contains(focused())).toBe(true);
    expectInside(header.element(), shownOf(box, false));

    // Home (the expand button, scrolled out at the left) and End (Resource again) too.
    await userEvent.keyboard('{ArrowDown}{Home}');
    expectInside(focused().closest('td')!, shownOf(box));
    box.scrollLeft = 0;
    await userEvent.keyboard('{End}');
    await expect.element(resource).toHaveFocus();
    expectInside(resource.element(), shownOf(box));
  });

  it('scrolls the box the other way right to left: ArrowLeft to the cell at its left edge', async () => {
    const { grid, box } = await renderWide(undefined, 'rtl');
    await userEvent.keyboard('{Tab}');
    for (let i = 0; i < 6; i += 1) await userEvent.keyboard('{ArrowLeft}');
    const resource = cellsOf(grid, 0).last();
    await expect.element(resource).toHaveFocus();
    expect(box.scrollLeft).toBeLessThan(0);
    expectInside(resource.element(), shownOf(box));
  });

  it('shows the cell whole when Tab comes back to a stop the box was scrolled away from', async () => {
    const { grid, box } = await renderWide();
    await userEvent.keyboard('{Tab}');
    for (let i = 0; i < 6; i += 1) await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Tab}');
    expect(focused().textContent).toBe('After');
    // The user scrolls the box back to its start: Resource is partly in view at the right edge.
    box.scrollLeft = 0;
    await new Promise(requestAnimationFrame);
    const resource = cellsOf(grid, 0).last();
    expect(resource.element().getBoundingClientRect().right).toBeGreaterThan(shownOf(box).right + 50);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(resource).toHaveFocus();
    expectInside(resource.element(), shownOf(box));
  });

  it('scrolls a row partly under the sticky header clear of it when moving up', async () => {
    const { grid, box } = await renderWide({ '--auditkit-table-max-height': '400px' } as CSSProperties);
    await userEvent.keyboard('{Tab}{ArrowRight}');
    for (let i = 0; i < 10; i += 1) await userEvent.keyboard('{ArrowDown}');
    const above = cellsOf(grid, 9).nth(1);
    // Row 9's time cell half under the header.
    const header = shownOf(box).top;
    const cell = above.element().getBoundingClientRect();
    box.scrollTop += cell.top + cell.height / 2 - header;
    await new Promise(requestAnimationFrame);
    expect(above.element().getBoundingClientRect().top).toBeLessThan(header - 5);
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(above).toHaveFocus();
    expectInside(above.element(), shownOf(box));
  });

  it('scrolls neither the box nor the page for a cell already in view', async () => {
    const { screen, grid, box } = await renderWide({
      '--auditkit-table-max-height': '400px',
    } as CSSProperties);
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // The page scrolled so the box stands whole a little below the window's top; the box so row 3 is its first
    // row under the header, rows 3 to 5 wholly in view.
    window.scrollTo(0, box.getBoundingClientRect().top + scrollY - 20);
    box.scrollTop += cellsOf(grid, 3).first().element().getBoundingClientRect().top - shownOf(box).top;
    await new Promise(requestAnimationFrame);
    expect(scrollY).toBeGreaterThan(0);
    expect(box.scrollTop).toBeGreaterThan(0);
    expectInside(cellsOf(grid, 5).nth(3).element(), shownOf(box));
    const before = scrolls(box);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowLeft}{ArrowUp}{ArrowUp}');
    await expect.element(cellsOf(grid, 3).nth(2)).toHaveFocus();
    expect(scrolls(box)).toEqual(before);
    // Out of the grid and back with Tab onto the same cell.
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(cellsOf(grid, 3).nth(2)).toHaveFocus();
    expect(scrolls(box)).toEqual(before);
  });
});

describe('AuditTable keyboard grid as cards', () => {
  it('scrolls a card partly below the box’s foot into view when moving down to it', async () => {
    await page.viewport(360, 740);
    const { screen } = await renderAudit(
      <div style={{ '--auditkit-table-max-height': '400px' } as CSSProperties}>
        <button type="button">Before</button>
        <AuditTable />
      </div>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const details = grid.getByRole('button', { name: /^Details of / });
    await expect.element(details.nth(9)).toBeInTheDocument();
    await expect.element(details.first()).toHaveAttribute('tabindex', '0');
    const box = grid.element().parentElement!;
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    // Down to the first card cut by the box's foot: the expand button's focus ring outlines the whole card.
    for (let n = 1; n < 10; n += 1) {
      const card = details.nth(n).element().closest('tr')!;
      const { top, bottom } = card.getBoundingClientRect();
      const shown = shownOf(box);
      await userEvent.keyboard('{ArrowDown}');
      await expect.element(details.nth(n)).toHaveFocus();
      if (top < shown.bottom && bottom > shown.bottom) {
        expectInside(card, shownOf(box));
        return;
      }
    }
    throw new Error('no card was cut by the box’s foot');
  });
});
