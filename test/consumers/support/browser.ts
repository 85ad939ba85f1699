// Chromium through Playwright (never a downloaded browser), with every console error and page error collected.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../support/chromium.ts';

export async function openBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, close: () => context.close() };
}
