// The core flow with the keyboard alone: no click, no hover, only Tab, Shift+Tab, Enter, Space, arrows and typing.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { actionsOf, apiList, columnValues, expectCount, rangeText, waitForRows } from './support/auditLog.ts';
import { auditLogSession } from './support/auditLogSession.ts';
import { focusedName, pressUntilFocused } from './support/keyboard.ts';

const session = auditLogSession();

/** Presses `key` until `target` has focus (see `pressUntilFocused`). */
const tabTo = async (page: Page, target: Locator, limit?: number, key?: string) => {
  await pressUntilFocused(page, target, limit, key);
};

/** Presses Tab until focus is inside the events grid (one Tab stop); fails after `limit` presses. */
async function tabIntoGrid(page: Page, limit = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const inside = await page.evaluate(() => Boolean(document.activeElement?.closest('[role="grid"]')));
    if (inside) return;
  }
  throw new Error(`${key} never reached the events grid; stopped on "${await focusedName(page)}"`);
}

test('search, filter, sort, open details and page with the keyboard only', async () => {
  const { page } = await session.open();
  await page.locator('body').focus();

  await tabTo(page, page.getByRole('combobox', { name: 'Search events' }));
  await page.keyboard.type('login');
  const searched = await apiList(page, { count: 20, offset: 0, filter: 'login' });
  expect(searched.total).toBeGreaterThan(20);
  await expectCount(page, searched.total);

  // The table is one Tab stop (a grid): Tab into it, Ctrl+Home to its first header cell, arrows to "Action".
  await tabIntoGrid(page);
  await page.keyboard.press('Control+Home');
  await tabTo(page, page.getByRole('button', { name: 'Action', exact: true }), 20, 'ArrowRight');
  await page.keyboard.press('Enter');
  const sorted = { count: 20, filter: 'login', sortBy: 'action', sortDirection: 'asc' };
  const firstPage = await apiList(page, { ...sorted, offset: 0 });
  await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(firstPage.data));

  // A few Tabs, not the ~70 of a table whose every row held three Tab stops.
  await tabTo(page, page.getByRole('button', { name: 'Next page' }), 15);
  await page.keyboard.press('Enter');
  await expect.poll(() => rangeText(page).innerText()).toMatch(/^21–40 of /);
  const secondPage = await apiList(page, { ...sorted, offset: 20 });
  await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(secondPage.data));

  // Back up the page with Shift+Tab to the severity filter.
  await tabTo(page, page.getByRole('button', { name: 'Severity', exact: true }), 200, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Severity' }).waitFor();
  // A severity some of these events have, so the filtered list is not empty.
  const severity = firstPage.data[0]?.severity ?? 'Info';
  await tabTo(page, page.getByRole('checkbox', { name: severity }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  expect(await focusedName(page)).toMatch(/^Severity/);
  const filtered = await apiList(page, { ...sorted, offset: 0, severity });
  expect(filtered.total).toBeGreaterThan(0);
  await expectCount(page, filtered.total);
  await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(filtered.data));

  // Back into the grid (where it was left: the Action header), down to the first event's expand button.
  await tabIntoGrid(page);
  await page.keyboard.press('Control+Home');
  await tabTo(page, page.getByRole('button', { name: /^Details of / }), 5, 'ArrowDown');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
  await page.locator('[data-slot="audit-table-details-row"]').waitFor();
  await waitForRows(page);
});

test('the skip link jumps past the navigation to the page', async () => {
  const { page } = await session.open();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});
