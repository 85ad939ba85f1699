// The consumer suite: the packed tarballs installed with npm into fresh host apps (Next App Router, Vite with
// React 18 and 19, CommonJS TypeScript and Jest). Its own config (not a root Vitest project): `npm test` runs it
// as a separate step after the other projects, so its installs and builds do not compete with the browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'consumers',
    root: import.meta.dirname,
    environment: 'node',
    include: ['*.test.ts'],
    globalSetup: ['./support/globalSetup.ts'],
    // One app at a time: each install or build uses both cores.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 600_000,
  },
});
