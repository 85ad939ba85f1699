import { defineProject } from 'vitest/config';

// The contract in-process (msw/node), the dataset, the CSV writer and the property tests.
export default defineProject({
  test: {
    name: 'mock-api',
    environment: 'node',
    // The machine is 2 cores shared by every project's tests; this guards against starvation, not slowness.
    testTimeout: 15_000,
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.http.test.ts'],
  },
});
