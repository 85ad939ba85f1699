// What every Vite-served browser surface here (the demo, Storybook, the browser test projects) shares.
import { fileURLToPath } from 'node:url';

/**
 * Dependencies pre-bundled up front: a re-optimisation mid-run can load a second React (`reading 'useReducer'`).
 * Add a surface's own extras after these.
 */
export const sharedOptimizeDeps: readonly string[] = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'msw',
  'msw/browser',
];

/**
 * The folder that serves the mock API's service worker (`mockServiceWorker.js`, written there by msw's
 * postinstall, see the root package.json): the demo's public folder, shared by Storybook and the browser tests.
 */
export const workerPublicDir = fileURLToPath(new URL('../../apps/demo/public', import.meta.url));
