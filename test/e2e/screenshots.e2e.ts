// The main screens in light and dark: saved as artefacts of every run (test-results/screenshots/), each checked
// with axe for WCAG 2.2 AA. The README's pair in docs/screenshots/ is written when missing or when
// UPDATE_SCREENSHOTS=1, so an ordinary run leaves the repository untouched.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { detailButtons, openAuditLog, waitForRows } from './support/auditLog.ts';
import { wcagViolations } from './support/axe.ts';
import { closeChromium, screenshotPath } from './support/demoBrowser.ts';

const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(closeChromium);

const schemes = ['light', 'dark'] as const;

describe.each(schemes)('%s', (scheme) => {
  async function open(): Promise<Page> {
    // A wide desktop window, so the README shows the whole table.
    const opened = await openAuditLog('', { wait: false, viewport: { width: 1600, height: 1000 } });
    context = opened.context;
    await opened.page.emulateMedia({ colorScheme: scheme });
    await waitForRows(opened.page);
    // Fonts and the stats strip settle before the picture is taken.
    await opened.page.waitForLoadState('networkidle');
    return opened.page;
  }

  test('the audit log page', async () => {
    const page = await open();
    const file = screenshotPath(`audit-log-${scheme}`);
    await page.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(`${docsDir}audit-log-${scheme}.png`)) {
      mkdirSync(docsDir, { recursive: true });
      copyFileSync(file, `${docsDir}audit-log-${scheme}.png`);
    }
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('an event opened in details', async () => {
    const page = await open();
    await detailButtons(page).first().click();
    // The panel's code is fetched on demand: shoot it with its fields, not its loading state.
    await page.locator('[data-slot="audit-table-details-row"] [data-slot="audit-details-fields"]').waitFor();
    await page.screenshot({ path: screenshotPath(`event-details-${scheme}`) });
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the column picker and the export dialog', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('dialog', { name: 'Show and order columns' }).waitFor();
    await page.screenshot({ path: screenshotPath(`column-picker-${scheme}`) });
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath(`export-${scheme}`) });
  });

  test('the no-permission state', async () => {
    const page = await open();
    await page.getByLabel('Signed in as').selectOption('tenantAViewer');
    await page.getByText('You do not have permission to view the audit log.').waitFor();
    await page.screenshot({ path: screenshotPath(`no-permission-${scheme}`) });
    expect(await wcagViolations(page)).toEqual([]);
  });
});
