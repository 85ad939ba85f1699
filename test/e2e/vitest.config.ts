import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../support/aliases.ts';
import { waitLimitExpect } from '../support/waitLimit.ts';

// End-to-end: Node drives Debian's Chromium (playwright-core) against the built demo. Browser flows on a 2-core
// machine shared with other work are slow, so timeouts are generous. Files run beside the other projects' (each
// has its own Chromium and fresh contexts, and the demo is static with its mock in the page, so no file sees
// another's state); one at a time, Vitest ran them in a group of their own after everything else, ~210 s alone.
export default defineProject({
  // The suite signs demo tokens and reads the mock's data as its oracle, from the packages' sources.
  resolve: { alias: workspaceAliases },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.ts'],
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 120_000,
    expect: waitLimitExpect,
    hookTimeout: 180_000,
  },
});
