import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { browserTestTimeout, chromiumBrowser } from '../../test/support/browser.ts';
import { sharedOptimizeDeps, workerPublicDir } from '../../test/support/vite.ts';
import { waitLimitExpect } from '../../test/support/waitLimit.ts';

export default defineProject({
  // Tailwind's own compiler, for the host-override test's Tailwind v4 host stylesheet (src/test/tailwindHost.css).
  plugins: [react(), tailwindcss()],
  resolve: { alias: workspaceAliases },
  // Serves mockServiceWorker.js at the root, so tests run the mock's handlers in a real service worker.
  publicDir: workerPublicDir,
  optimizeDeps: {
    include: [
      ...sharedOptimizeDeps,
      'vitest-browser-react',
      'react-dom/server',
      'axe-core',
      '@tanstack/react-table',
    ],
  },
  test: {
    name: 'components',
    testTimeout: browserTestTimeout,
    expect: waitLimitExpect,
    include: ['src/**/*.test.{ts,tsx}'],
    // Those run in their own project, in another time zone (vitest.timezone.config.ts).
    exclude: ['src/**/*.tz.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    browser: { ...chromiumBrowser(), screenshotFailures: false },
  },
});
