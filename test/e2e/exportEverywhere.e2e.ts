// Export wherever the audit log runs: in headless Chromium with the default options (its file picker rejects at
// once with an AbortError no person caused) a large export falls back to a normal download with the whole file;
// inside a cross-origin iframe, where Chromium refuses the picker (SecurityError), the dialog says up front that
// the file is downloaded, and it is, whole.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Download, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openDemo } from './support/demoBrowser.ts';
import { auditLogSession } from './support/auditLogSession.ts';
import { parseCsv } from './support/csv.ts';

const session = auditLogSession();
// 1,000,000 events over 180 days, one every 15 s: 30 days hold ~170,000, some 55 MB as estimated before the click,
// more than the 32 MiB the library holds in memory, so 'auto' streams to a picked file where it can. A fixed
// window, ending a day before the mock's newest event: "last 30 days" resolves anew at each request, so its start
// passed an event every 15 s between the count the test read and the export's own, and the file came out a row
// or two short of the count (the CI run that waited for "Export complete: <count>" until the test's timeout).
const day = 86_400_000;
const largeRange = `?audit.from=${new Date(Date.now() - 31 * day).toISOString()}&audit.to=${new Date(Date.now() - day).toISOString()}`;

type Scope = Page | FrameLocator;

async function chooseMillionEvents(scope: Scope) {
  await scope.getByLabel('Mock API scenario').selectOption({ label: '1,000,000 events' });
}

async function countOf(scope: Scope): Promise<number> {
  const status = scope.getByRole('status').filter({ hasText: /^[\d,]+ events$/ });
  await expect
    .poll(async () => Number((await status.innerText({ timeout: 5_000 })).replace(/\D/g, '')), {
      timeout: 60_000,
    })
    .toBeGreaterThan(100_000);
  return Number((await status.innerText()).replace(/\D/g, ''));
}

async function exportLarge(
  page: Page,
  scope: Scope,
  plan: RegExp,
): Promise<{ saved: Download; total: number; dialog: Locator }> {
  const total = await countOf(scope);
  await scope.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = scope.getByRole('dialog', { name: 'Export' });
  // The dialog says what it will do before the click.
  await dialog.getByText(plan).waitFor();
  const saved = await downloadOf(page, dialog, () =>
    dialog.getByRole('button', { name: 'Download' }).click(),
  );
  return { saved, total, dialog };
}

/**
 * The file a click saves. Fails as soon as the dialog reports an error, or after 90 s (inside the test's own
 * timeout), with what the dialog says at that moment, rather than leaving only "test timed out".
 */
async function downloadOf(page: Page, dialog: Locator, click: () => Promise<void>): Promise<Download> {
  const saved = page.waitForEvent('download', { timeout: 90_000 });
  const failed = dialog.getByRole('alert').waitFor({ timeout: 90_000 });
  // Whichever loses is still pending when the test ends; it must not surface as an unhandled rejection.
  saved.catch(() => {});
  failed.catch(() => {});
  await click();
  const outcome = await Promise.race([
    saved.then((download) => ({ download })),
    failed.then(() => ({ download: undefined })),
  ]).catch(() => ({ download: undefined }));
  if (outcome.download) return outcome.download;
  const said = await dialog.innerText({ timeout: 1_000 }).catch(() => '(the dialog is gone)');
  throw new Error(`No file was downloaded; the export dialog says: ${said.replace(/\s+/g, ' ')}`);
}

async function checkFile(saved: Download, total: number) {
  expect(saved.suggestedFilename()).toMatch(/^audit-log_.*_UTC\.csv$/);
  const bytes = await readFile(await saved.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  expect(header?.slice(0, 2)).toEqual(['Time (UTC)', 'UTC offset (Time)']);
  expect(rows).toHaveLength(total);
}

describe('export everywhere', () => {
  test('headless Chromium, default options: the picker cannot open, so the file is downloaded', async () => {
    const { page } = await session.open('', { wait: false });
    // The browser does offer the picker (it is not removed here, unlike the other export tests).
    expect(
      await page.evaluate(() => typeof (window as { showSaveFilePicker?: unknown }).showSaveFilePicker),
    ).toBe('function');
    await chooseMillionEvents(page);
    await page.goto(`/settings/audit-log${largeRange}`);
    // The picker, for a file this large: the browser offers it, and only the attempt shows it cannot open.
    const { saved, total, dialog } = await exportLarge(
      page,
      page,
      /^You choose where to save the file \(about [\d.]+ MB\)/,
    );
    await dialog
      .getByText(`Export complete: ${total.toLocaleString('en-US')} events`)
      .waitFor({ timeout: 30_000 });
    await checkFile(saved, total);
  });

  describe('inside a cross-origin iframe', () => {
    let host: Server;
    let hostUrl: string;
    beforeAll(async () => {
      // The embedding page: another origin, framing the demo's audit log page.
      host = createServer((_, response) => {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(
          `<!doctype html><title>Host</title><iframe title="Audit log" src="${inject('demoUrl')}/settings/audit-log${largeRange}" style="width:1300px;height:850px;border:0"></iframe>`,
        );
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    });
    afterAll(
      () =>
        new Promise<void>((resolve) => {
          host.close(() => resolve());
          host.closeAllConnections();
        }),
    );

    test('the picker is refused there, so the dialog says the file is downloaded, and it is, with the right content', async () => {
      // Straight to the host: the demo's mock worker only ever serves the framed page.
      const { page, context } = await openDemo(hostUrl, { timezoneId: 'UTC', locale: 'en-US' });
      try {
        const frame = page.frameLocator('iframe[title="Audit log"]');
        await chooseMillionEvents(frame);
        // The scenario is kept per origin; reload the frame so the audit log reads it with the large range.
        await page.reload();
        const { saved, total, dialog } = await exportLarge(
          page,
          frame,
          /^Saved as a normal download \(about [\d.,]+ MB\)/,
        );
        await dialog
          .getByText(`Export complete: ${total.toLocaleString('en-US')} events`)
          .waitFor({ timeout: 30_000 });
        await checkFile(saved, total);
      } finally {
        await context.close();
      }
    });
  });
});
