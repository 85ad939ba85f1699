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
    setupFiles: ['src/test-utils/asyncUtilTimeout.ts'],
  },
});
