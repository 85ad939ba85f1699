// A row opened near the foot of the table's box opened its details below the box's edge, wholly out of sight (on a
// phone, 711 px of details under a card whose chevron alone turned): the box now scrolls them into view, the event's
// own row first, and nothing else scrolls.
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

/** What of `box` shows its content: inside its borders and scrollbars. */
function shownOf(box: HTMLElement): DOMRect {
  const frame = box.getBoundingClientRect();
  return new DOMRect(
    frame.left + box.clientLeft,
    frame.top + box.clientTop,
    box.clientWidth,
    box.clientHeight,
  );
}
const overlap = (a: DOMRect, b: DOMRect) =>
  a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

describe.each([
  ['the table', 1400],
  ['cards', 360],
])('AuditTable opening a row at the foot of its box (%s)', (_, width) => {
  it('scrolls the box to show its details, the event’s row still in view', async () => {
    await page.viewport(width, 740);
    const { screen } = await renderAudit(
      <div style={{ '--auditkit-table-max-height': '300px' } as CSSProperties}>
        <AuditTable />
      </div>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const expand = grid.getByRole('button', { name: /^Details of / }).nth(6);
    await expect.element(expand).toBeInTheDocument();
    const box = grid.element().parentElement!;
    const row = expand.element().closest('tr')!;
    // The row's top 20 px above the box's foot: its details, once open, start below it.
    box.scrollTop += row.getBoundingClientRect().top - (shownOf(box).bottom - 20);
    await new Promise(requestAnimationFrame);
    expect(shownOf(box).bottom - row.getBoundingClientRect().top).toBeCloseTo(20, 0);
    const before = { x: scrollX, y: scrollY, left: box.scrollLeft };

    // A click where the user sees the row (Playwright's own click scrolls its target into view first).
    (expand.element() as HTMLElement).click();
    const details = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
    await expect.element(details).toBeInTheDocument();
    await expect.poll(() => overlap(details.element().getBoundingClientRect(), shownOf(box))).toBe(true);
    // The event's row stays in view, below the sticky header if there is one.
    const head = grid.element().querySelector('thead')!;
    const covered = getComputedStyle(head.querySelector('th')!).position === 'sticky' ? head.offsetHeight : 0;
    expect(row.getBoundingClientRect().top).toBeGreaterThanOrEqual(shownOf(box).top + covered - 1);
    expect({ x: scrollX, y: scrollY, left: box.scrollLeft }).toEqual(before);
  });
});

it('keeps a card whose details are taller than the box at the top of the box', async () => {
  await page.viewport(360, 740);
  const { screen } = await renderAudit(
    <div style={{ '--auditkit-table-max-height': '300px' } as CSSProperties}>
      <AuditTable />
    </div>,
  );
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const expand = grid.getByRole('button', { name: /^Details of / }).nth(6);
  await expect.element(expand).toBeInTheDocument();
  const box = grid.element().parentElement!;
  const row = expand.element().closest('tr')!;
  box.scrollTop += row.getBoundingClientRect().top - (shownOf(box).bottom - 20);
  (expand.element() as HTMLElement).click();
  const details = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
  await expect.element(details.getByRole('button', { name: 'Copy this event as JSON' })).toBeInTheDocument();
  // The card: the event's row and its details.
  const card = row.parentElement!;
  expect(card.getBoundingClientRect().height).toBeGreaterThan(box.clientHeight);
  await expect.poll(() => card.getBoundingClientRect().top - shownOf(box).top).toBeCloseTo(0, 0);
});
