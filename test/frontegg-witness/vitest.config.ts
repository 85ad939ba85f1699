import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../support/aliases.ts';

// Frontegg's own browser client, @frontegg/rest-api 7.119.0 (pinned), as a witness nobody here wrote: every
// audits and metadata function it has, against the mock in strict mode, in-process (msw/node) and over real
// HTTP; each answer checked against the OpenAPI document, and the mock's types against the client's
// (`*.test-d.ts`, run by Vitest's typecheck).
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'frontegg-witness',
    environment: 'node',
    include: ['**/*.test.ts'],
    setupFiles: ['./browserGlobals.ts'],
    typecheck: { enabled: true, include: ['**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
