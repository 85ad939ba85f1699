import { defineProject } from 'vitest/config';

// The same contract over real HTTP against the standalone server, plus its streaming and controls.
export default defineProject({
  test: {
    name: 'mock-api-http',
    environment: 'node',
    include: ['src/**/*.http.test.ts'],
  },
});
