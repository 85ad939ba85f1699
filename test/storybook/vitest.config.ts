import { defineProject } from 'vitest/config';

// The built Storybook as a newcomer opens it: every docs page, every story preview on it, in Chromium.
export default defineProject({
  test: {
    name: 'storybook-docs',
    environment: 'node',
    include: ['**/*.docs.ts'],
    globalSetup: ['./globalSetup.ts'],
    // A test here opens up to 18 docs pages; beside the other projects' files on two busy cores one took 132 s.
    // The timeout is for a hang, not a measure of speed.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Not `fileParallelism: false`: this is one file, and Vitest holds the files of such projects back for a last
    // group run one file at a time after every other project's, where it ran alone for ~165 s after the
    // end-to-end files.
  },
});
