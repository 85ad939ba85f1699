import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../support/aliases.ts';

// End-to-end: Node drives Debian's Chromium (playwright-core) against the built demo. Browser flows on a 2-core
// machine shared with other work are slow, so timeouts are generous and files run one at a time.
export default defineProject({
  // The suite signs demo tokens and reads the mock's data as its oracle, from the packages' sources.
  resolve: { alias: workspaceAliases },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.ts'],
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
