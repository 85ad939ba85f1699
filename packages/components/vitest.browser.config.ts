import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { chromiumBrowser } from '../../test/support/browser.ts';

export default defineProject({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', '@tanstack/react-query', 'vitest-browser-react'],
  },
  test: {
    name: 'components',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    browser: { ...chromiumBrowser(), screenshotFailures: false },
  },
});
