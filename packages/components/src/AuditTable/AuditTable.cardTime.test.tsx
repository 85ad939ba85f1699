// A card's time on a phone: a tap on it only showed its tooltip (the time was lifted above the card's hit area, as
// the card's controls are), and the tooltip then covered the user's name and took the taps meant for the card.
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';
import { tap } from './realPointer.testUtil.ts';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

async function firstCard() {
  await page.viewport(360, 740);
  const { screen } = await renderAudit(<AuditTable />);
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const expand = grid.getByRole('button', { name: /^Details of / }).first();
  await expect.element(expand).toBeVisible();
  const row = expand.element().closest('tr')!;
  return {
    expand,
    time: row.querySelector('time')!,
    tip: grid.getByRole('tooltip', { includeHidden: true }).first(),
  };
}

it('opens a card clicked or tapped on its time', async () => {
  const { expand, time, tip } = await firstCard();
  // At the time's place what is there is the card: Playwright, which checks that its click's point is the time's
  // own, is told to click there regardless.
  await userEvent.click(time, { force: true });
  await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
  await expect.element(tip).not.toBeVisible();
  // A finger on a phone, on the time again: the card closes.
  await tap(time);
  await expect.element(expand).toHaveAttribute('aria-expanded', 'false');
});

it('shows the relative time when the keyboard reaches the time, and lets a tap on it through to the card', async () => {
  const { expand, time, tip } = await firstCard();
  // The grid's arrow keys, from the card's button to its time's cell.
  (expand.element() as HTMLElement).focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(document.activeElement?.contains(time)).toBe(true);
  await expect.element(tip).toBeVisible();
  await tap(tip.element());
  await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
});

it('keeps the table’s time tip on hover, and while the pointer is on the tip (WCAG 1.4.13)', async () => {
  await page.viewport(1400, 900);
  const { screen } = await renderAudit(<AuditTable />);
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const time = grid.getByRole('row').nth(1).getByRole('gridcell').getByRole('time');
  const tip = grid.getByRole('tooltip', { includeHidden: true }).first();
  await userEvent.hover(time);
  await expect.element(tip).toBeVisible();
  await userEvent.hover(tip);
  await expect.element(tip).toBeVisible();
});
