import { defineConfig } from 'vitest/config';
import { SlowFilesFirst } from './test/support/slowFilesFirst.ts';

// Every test project of the workspace; each lives beside the code it tests.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.*config.ts',
      'apps/*/vitest.config.ts',
      'test/*/vitest.config.ts',
      '.storybook/vitest.config.ts',
    ],
    sequence: { sequencer: SlowFilesFirst },
  },
});
