import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { chromiumBrowser } from '../../test/support/browser.ts';
import { sharedOptimizeDeps, workerPublicDir } from '../../test/support/vite.ts';
import { waitLimitExpect } from '../../test/support/waitLimit.ts';

// The CSV engine in real Chromium, against the mock in a service worker: the worker script comes from the
// demo's public folder (msw's postinstall writes it there).
export default defineProject({
  resolve: { alias: workspaceAliases },
  publicDir: workerPublicDir,
  optimizeDeps: { include: [...sharedOptimizeDeps, 'papaparse'] },
  test: {
    name: 'headless-browser',
    include: ['src/**/*.browser.test.{ts,tsx}'],
    testTimeout: 120_000,
    expect: waitLimitExpect,
    browser: chromiumBrowser(),
  },
});
