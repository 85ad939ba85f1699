// Saved views with the keyboard alone, in the built demo: save what the search says, reload, apply it again.
import { expect, test } from 'vitest';
import { apiList, resultCount, waitForRows } from './support/auditLog.ts';
import { auditLogSession } from './support/auditLogSession.ts';
import { focusedName, pressUntilFocused } from './support/keyboard.ts';

const session = auditLogSession();
const param = (url: string, key: string) => new URL(url).searchParams.get(key);

test('a view saved by keyboard survives a reload and is applied again by keyboard', async () => {
  const { page } = await session.open();
  await page.locator('body').focus();

  await pressUntilFocused(page, page.getByRole('combobox', { name: 'Search events' }));
  await page.keyboard.type('severity:critical created:7d');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page.url(), 'audit.sev')).toBe('Critical');

  // Views menu → "Save current view…" (just above "Manage views…", the last item).
  const views = page.getByRole('button', { name: 'Views', exact: true });
  await pressUntilFocused(page, views);
  await page.keyboard.press('ArrowUp');
  expect(await focusedName(page)).toBe('Manage views…');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Saved views' });
  await dialog.waitFor();
  expect(await focusedName(page)).toBe('Save the current view as');
  await page.keyboard.type('Critical this week');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Apply Critical this week' }).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await focusedName(page)).toBe('Views');

  // A reload on the plain address: the view is remembered, the filters are not in the link any more.
  await page.goto(page.url().split('?')[0]!);
  await waitForRows(page);
  expect(param(page.url(), 'audit.sev')).toBeNull();
  await page.locator('body').focus();
  await pressUntilFocused(page, views);
  await page.keyboard.press('Enter');
  await page.getByRole('menu', { name: 'Views' }).waitFor();
  await pressUntilFocused(page, page.getByRole('menuitem', { name: 'Critical this week' }), 20, 'ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page.url(), 'audit.sev')).toBe('Critical');
  expect(param(page.url(), 'audit.range')).toBe('7d');
  // The box's text comes with the search language, which loads on demand.
  await expect
    .poll(() => page.getByRole('combobox', { name: 'Search events' }).inputValue())
    .toBe('created:7d severity:Critical');
  expect(await focusedName(page)).toBe('Views');
  // The table shows some, not all, of the tenant's critical events: the last 7 days of them.
  const critical = (await apiList(page, { count: 1, offset: 0, severity: 'Critical' })).total;
  await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
  expect(await resultCount(page)).toBeLessThan(critical);
});
