import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { chromiumBrowser } from '../../test/support/browser.ts';

export default defineProject({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  // Serves mockServiceWorker.js at the root, so tests run the mock's handlers in a real service worker.
  publicDir: fileURLToPath(new URL('../../apps/demo/public', import.meta.url)),
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      'vitest-browser-react',
      'msw',
      'msw/browser',
      'axe-core',
      '@tanstack/react-table',
      '@tanstack/react-virtual',
    ],
  },
  test: {
    name: 'components',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    browser: { ...chromiumBrowser(), screenshotFailures: false },
  },
});
