// Vitest browser mode on this machine's Chromium. A factory, because Vitest refuses two projects that share
// one browser config object.
import { playwright, type PlaywrightProviderOptions } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.ts';

export function chromiumBrowser(contextOptions?: PlaywrightProviderOptions['contextOptions']) {
  return {
    enabled: true,
    headless: true,
    // contextOptions set the page's world, e.g. `{ timezoneId: 'America/New_York' }` for a project in another zone.
    provider: playwright({
      launchOptions: chromiumLaunchOptions(),
      ...(contextOptions && { contextOptions }),
    }),
    instances: [{ browser: 'chromium' as const }],
    // A desktop frame: the log lays out by its container's width (narrow containers get cards and a filter
    // sheet), so a test that means a narrow one renders the log in a sized box rather than relying on the frame.
    viewport: { width: 1280, height: 900 },
  };
}

/**
 * Per-test limit of the browser projects. `npm test` runs every project at once on two cores, and a test's time
 * there is far from its time alone: the views reload test (3 s alone) took 20–22 s in CI runs, near the 30 s this
 * was. A test that hangs, or waits on an expectation that never comes true, still fails here.
 */
export const browserTestTimeout = 60_000;
