// The portal's own routing around the audit log: the sidebar link to the page already shown, trailing slashes,
// unknown paths, and the heading outline the log joins.
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

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openDemo(path, { timezoneId: 'UTC', locale: 'en-US' });
  context = opened.context;
  return opened;
}

const severityChip = (page: Page) => page.getByRole('button', { name: /^Remove filter Severity: High/ });

test("the sidebar's Audit log on a filtered log opens the log afresh, its URL and filters in step", async () => {
  const { page } = await open('/settings/audit-log?audit.sev=High');
  await waitForRows(page);
  await severityChip(page).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();

  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect.poll(() => severityChip(page).count()).toBe(0);
  await waitForRows(page);
  // Back returns to the filtered view the link was opened from.
  await page.goBack();
  await severityChip(page).waitFor();
  expect(new URL(page.url()).search).toBe('?audit.sev=High');
});

test('a known path with a trailing slash opens that page, its shared view kept', async () => {
  const { page } = await open('/settings/audit-log/?audit.sev=High');
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  await severityChip(page).waitFor();
  expect(await page.title()).toBe('Audit log · Acme Cloud');
});

test('an unknown path says the page was not found and leads back to Overview', async () => {
  const { page, errors } = await open('/settings/no-such-page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  expect(await page.title()).toBe('Page not found · Acme Cloud');

  await page.getByRole('main').getByRole('link', { name: 'Overview' }).click();

  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  expect(errors).toEqual([]);
});

test("the audit log's headings sit one level under the page's h1", async () => {
  const { page } = await open('/settings/audit-log');
  await waitForRows(page);
  await page
    .getByRole('grid', { name: 'Audit events' })
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  const log = page.getByRole('region', { name: 'Audit log' });
  await log.getByRole('heading').first().waitFor();
  const levels = await log
    .getByRole('heading')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  // The page's h1 "Audit log" is the log's heading: its own start at h2 and skip no level on the way down.
  expect(levels[0]).toBe(2);
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1);
  });
});
