// The README's narrow pictures, from the built demo: the audit log on a 375 px phone, and in the 480 px "Recent
// activity" drawer beside the Members page. Each is checked as a person would meet it (cards, no sideways
// scroll, axe clean in light and dark). Saved as artefacts of every run; copied into docs/screenshots/ when
// missing or when UPDATE_SCREENSHOTS=1, so an ordinary run leaves the repository untouched.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, expect, test } from 'vitest';
import { openAuditLog, waitForRows } from './support/auditLog.ts';
import { wcagViolations } from './support/axe.ts';
import { closeChromium, openDemo, screenshotPath } from './support/demoBrowser.ts';

const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(closeChromium);

function keepForReadme(file: string, name: string) {
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(`${docsDir}${name}.png`)) {
    mkdirSync(docsDir, { recursive: true });
    copyFileSync(file, `${docsDir}${name}.png`);
  }
}

const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });

/** The display of the first event row: `grid` for a card, `table-row` for the table. */
const firstRowDisplay = (page: Page) =>
  page
    .getByRole('grid', { name: 'Audit events' })
    .locator('tr[data-slot="audit-table-row"]')
    .first()
    .evaluate((row) => getComputedStyle(row).display);

test('a 375 px phone: cards, the filters behind one button, no sideways scroll', async () => {
  const opened = await openAuditLog('', { viewport: { width: 375, height: 812 } });
  context = opened.context;
  const { page } = opened;
  await page.waitForLoadState('networkidle');
  expect(await firstRowDisplay(page)).toBe('grid');
  await expect.poll(() => page.getByRole('button', { name: 'Filters', exact: true }).isVisible()).toBe(true);
  expect(await scrollsSideways(page)).toBe(false);
  // The picture shows the log itself: its toolbar and the first cards.
  await page.getByRole('region', { name: 'Audit log' }).evaluate((root) => root.scrollIntoView());
  const file = screenshotPath('audit-log-phone-375');
  await page.screenshot({ path: file });
  keepForReadme(file, 'audit-log-phone-375');
  expect(await wcagViolations(page)).toEqual([]);
  // The cards and the open filter sheet in the dark scheme too: their colours are their own at this width.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await wcagViolations(page)).toEqual([]);
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await filters.click();
  await expect.poll(() => filters.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('button', { name: /^Severity/ }).waitFor();
  expect(await wcagViolations(page)).toEqual([]);
});

test('a 480 px drawer beside the Members page: cards in the drawer, the page beside it', async () => {
  const opened = await openDemo('/settings/members', {
    timezoneId: 'UTC',
    locale: 'en-US',
    viewport: { width: 1360, height: 900 },
  });
  context = opened.context;
  const { page } = opened;
  const toggle = page.getByRole('button', { name: 'Recent activity' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  const drawer = page.getByRole('complementary', { name: 'Recent activity' });
  await waitForRows(page);
  await page.waitForLoadState('networkidle');
  const [drawerBox, membersBox] = await Promise.all([
    drawer.boundingBox(),
    page.getByRole('table', { name: 'Workspace members' }).boundingBox(),
  ]);
  expect(drawerBox?.width).toBe(480);
  // Side by side: the drawer starts after the members table ends.
  expect(drawerBox!.x).toBeGreaterThanOrEqual(membersBox!.x + membersBox!.width);
  expect(await firstRowDisplay(page)).toBe('grid');
  expect(await scrollsSideways(page)).toBe(false);
  const file = screenshotPath('audit-log-drawer-480');
  await page.screenshot({ path: file });
  keepForReadme(file, 'audit-log-drawer-480');
  expect(await wcagViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await wcagViolations(page)).toEqual([]);
  // Close returns the page to its full width.
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => drawer.isVisible()).toBe(false);
});
