import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../test/support/aliases.ts';

// Unit tests in Node (client, query model, URL codec, CSV engine) and jsdom (hooks; per file), on the mock's
// own MSW handlers through msw/node.
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'headless',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.{ts,tsx}'],
    environment: 'node',
    // The machine is 2 cores shared by every project's tests (the fast-check properties and the jsdom hook
    // tests took over 5 s there): this guards against starvation, not slowness, as in the mock-api projects.
    testTimeout: 15_000,
    setupFiles: ['src/test-utils/hookTestSetup.ts'],
  },
});
