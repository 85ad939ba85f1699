import { defineProject } from 'vitest/config';

// The built Storybook as a newcomer opens it: every docs page, every story preview on it, in Chromium.
export default defineProject({
  test: {
    name: 'storybook-docs',
    environment: 'node',
    include: ['**/*.docs.ts'],
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Not `fileParallelism: false`: this is one file, and Vitest holds the files of such projects back for a last
    // group run one file at a time after every other project's, where it ran alone for ~165 s after the
    // end-to-end files.
  },
});
