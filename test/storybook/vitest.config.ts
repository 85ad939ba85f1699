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
    fileParallelism: false,
  },
});
