import { defineProject } from 'vitest/config';

// The contract in-process (msw/node), the dataset, the CSV writer and the property tests.
export default defineProject({
  test: {
    name: 'mock-api',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.http.test.ts'],
  },
});
