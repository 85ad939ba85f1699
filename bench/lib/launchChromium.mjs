// Chromium for the browser benchmarks, started the one way the project starts it (test/support/chromium.ts,
// loaded through Vite's module runner since it is TypeScript), plus the flags a measurement needs.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { MissingPieceError } from './figures.mjs';
import { repoRoot } from './paths.mjs';

/**
 * Flags for measuring: precise `performance.memory` and `gc()` for heap figures, and no throttling of timers or
 * rendering in a page that is never "visible" in headless mode.
 */
const measurementArgs = [
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Launches headless Chromium. CPU throttling stays off (Playwright never enables it).
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
  /** @type {{ chromiumLaunchOptions: () => { executablePath: string, args: string[], headless: boolean } }} */
  let support;
  try {
    ({ module: support } = await runnerImport(join(repoRoot, 'test', 'support', 'chromium.ts')));
  } catch (error) {
    throw new MissingPieceError(`test/support/chromium.ts could not be loaded: ${String(error)}`);
  }
  let options;
  try {
    options = support.chromiumLaunchOptions();
  } catch (error) {
    throw new MissingPieceError(error instanceof Error ? error.message : String(error));
  }
  return chromium.launch({ ...options, args: [...options.args, ...measurementArgs] });
}
