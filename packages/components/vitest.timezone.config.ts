import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { browserTestTimeout, chromiumBrowser } from '../../test/support/browser.ts';
import { sharedOptimizeDeps, workerPublicDir } from '../../test/support/vite.ts';
import { waitLimitExpect } from '../../test/support/waitLimit.ts';

/**
 * The components in a browser whose time zone is not UTC (America/New_York, −04:00 or −05:00), so a time read as
 * local instead of UTC shows as a shift: `*.tz.test.tsx` files run here only.
 */
export const testTimeZone = 'America/New_York';

export default defineProject({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  publicDir: workerPublicDir,
  optimizeDeps: {
    include: [...sharedOptimizeDeps, 'vitest-browser-react', '@tanstack/react-table'],
  },
  test: {
    name: 'components-tz',
    testTimeout: browserTestTimeout,
    expect: waitLimitExpect,
    include: ['src/**/*.tz.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    browser: { ...chromiumBrowser({ timezoneId: testTimeZone, locale: 'en-US' }), screenshotFailures: false },
  },
});
