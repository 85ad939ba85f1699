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
 * Per-test limit of the browser projects. `npm test` runs every project at once on two cores: a test that takes
 * 3 s alone has taken over 15 s there (the first of a file also pays its page's start-up), which Vitest's default
 * of 15 s failed. A test that hangs still fails, at this limit.
 */
export const browserTestTimeout = 30_000;
