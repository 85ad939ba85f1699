// The demo's sign-in token: what an insecure origin is told, a failed signing that Retry recovers from, and a
// token that outlives its day.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, expect, test } from 'vitest';
import { detailButtons, waitForRows } from './support/auditLog.ts';
import { closeChromium, openDemo } from './support/demoBrowser.ts';

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(closeChromium);

async function open(path: string, init?: () => void): Promise<{ page: Page; errors: string[] }> {
  const opened = await openDemo('about:blank', { timezoneId: 'UTC', locale: 'en-US' });
  context = opened.context;
  if (init) await opened.page.addInitScript(init);
  await opened.page.goto(path);
  return opened;
}

test('an insecure origin (a LAN address over http) is told to use 127.0.0.1, localhost or https', async () => {
  // What Chromium gives a page at http://192.168.x.y:5173: no secure context, so no service worker and no
  // crypto.subtle. 127.0.0.1 is always secure, so the test takes them away itself.
  const { page } = await open('/settings/audit-log', () => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { value: undefined });
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined });
  });
  await page.getByText(/needs a secure origin/).waitFor();
  const text = await page.locator('#root').innerText();
  expect(text).toContain('http://127.0.0.1');
  expect(text).toContain('localhost');
  expect(text).toContain('https');
});

test('a token that failed to sign is signed again on Retry', async () => {
  const { page } = await open('/settings/audit-log', () => {
    // The first signature fails, as a busy or locked-down crypto might; the next ones succeed.
    const sign = crypto.subtle.sign.bind(crypto.subtle);
    let failed = false;
    crypto.subtle.sign = (...args: Parameters<SubtleCrypto['sign']>) => {
      if (failed) return sign(...args);
      failed = true;
      return Promise.reject(new DOMException('The operation failed', 'OperationError'));
    };
  });
  // The log may ask again by itself or show Retry; either way it must get a token and show events.
  await expect
    .poll(
      async () => {
        const retry = page.getByRole('button', { name: 'Retry' });
        if ((await retry.count()) > 0)
          await retry
            .first()
            .click({ timeout: 2_000 })
            .catch(() => undefined);
        return detailButtons(page).count();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
});

test('a day later, the next request carries a fresh token rather than the expired one', async () => {
  const opened = await openDemo('about:blank', { timezoneId: 'UTC', locale: 'en-US' });
  context = opened.context;
  const { page } = opened;
  await page.clock.install();
  await page.goto('/settings/audit-log');
  await waitForRows(page);

  // A day and an hour on: the demo's tokens live 86,400 s, and the mock refuses an expired one.
  await page.clock.fastForward('25:00:00');
  await page.getByRole('button', { name: 'Severity', exact: true }).click();
  await page.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^Remove filter Severity: High/ }).waitFor();
  await waitForRows(page);
  expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
});
