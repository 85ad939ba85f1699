import { defineProject } from 'vitest/config';

// The same contract over real HTTP against the standalone server, plus its streaming and controls.
export default defineProject({
  test: {
    name: 'mock-api-http',
    environment: 'node',
    // The machine is 2 cores shared by every project's tests; this guards against starvation, not slowness.
    testTimeout: 15_000,
    include: ['src/**/*.http.test.ts'],
  },
});
