// One Chromium per test file, a fresh context (storage, downloads) per test: tests never see each other's state.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { chromiumLaunchOptions } from '../../support/chromium.ts';

/** Where screenshots and other artefacts of a run go (ignored by git; CI keeps them). */
export const artefactsDir = fileURLToPath(new URL('../../../test-results/', import.meta.url));

let browser: Browser | undefined;

/** Launches (once per file) Debian's Chromium with the closed-network flags. */
export async function launchChromium(): Promise<Browser> {
  browser ??= await chromium.launch(chromiumLaunchOptions());
  return browser;
}

export async function closeChromium(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A new context and page on the built demo, with console errors collected for assertions and diagnosis. */
export async function openDemo(
  path = '/',
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await (
    await launchChromium()
  ).newContext({
    baseURL: inject('demoUrl'),
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  return { context, page, errors };
}

export function screenshotPath(name: string): string {
  const dir = `${artefactsDir}screenshots/`;
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}.png`;
}
