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
  };
}
