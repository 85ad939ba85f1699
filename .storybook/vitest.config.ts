import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { browserTestTimeout, chromiumBrowser } from '../test/support/browser.ts';
import { sharedOptimizeDeps } from '../test/support/vite.ts';
import { waitLimitExpect } from '../test/support/waitLimit.ts';

// Every story is a test in Chromium: it must render, its `play` must pass and axe must find no violation.
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  optimizeDeps: { include: [...sharedOptimizeDeps] },
  test: {
    name: 'stories',
    testTimeout: browserTestTimeout,
    expect: waitLimitExpect,
    browser: chromiumBrowser(),
  },
});
