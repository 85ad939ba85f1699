// The Members page's "Recent activity" drawer: where focus goes when it closes, and that the demo's switches
// reach the log inside it.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, expect, test } from 'vitest';
import { waitForRows } from './support/auditLog.ts';
import { closeChromium, openDemo } from './support/demoBrowser.ts';

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(closeChromium);

async function openDrawer(): Promise<Page> {
  const opened = await openDemo('/settings/members', { timezoneId: 'UTC', locale: 'en-US' });
  context = opened.context;
  const { page } = opened;
  const toggle = page.getByRole('button', { name: 'Recent activity' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  await waitForRows(page);
  return page;
}

test('closing the drawer returns focus to its toggle', async () => {
  const page = await openDrawer();
  const drawer = page.getByRole('complementary', { name: 'Recent activity' });

  await drawer.getByRole('button', { name: 'Close' }).click();

  await expect.poll(() => drawer.isHidden()).toBe(true);
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLElement ? `${active.tagName} ${active.textContent}` : null;
    }),
  ).toBe('BUTTON Recent activity');
});

test("switching the scenario to an empty tenant empties the drawer's log", async () => {
  const page = await openDrawer();
  const drawer = page.getByRole('complementary', { name: 'Recent activity' });

  await page.getByLabel('Mock API scenario').selectOption('empty');

  await drawer.getByText('No events have been recorded yet.').waitFor({ timeout: 30_000 });
  expect(await drawer.getByRole('button', { name: /^Details of / }).count()).toBe(0);
});
