import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../support/aliases.ts';

// Exported files opened by a real spreadsheet program (LibreOffice Calc, headless). Not one of the workspace's
// projects (it needs LibreOffice, ~1.5 min to install): `node scripts/test-spreadsheet.mjs` runs it, from .ci/run.
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'spreadsheet',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.spreadsheet.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
