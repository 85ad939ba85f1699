// Workspace packages resolve to their TypeScript sources in dev, tests and Storybook, so nothing has to be
// built first; published builds resolve through each package's `exports` map instead.
import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const workspaceAliases = [
  { find: /^@auditkit\/headless$/, replacement: at('packages/headless/src/index.ts') },
  { find: /^@auditkit\/headless\/core$/, replacement: at('packages/headless/src/core.ts') },
  { find: /^@auditkit\/headless\/export$/, replacement: at('packages/headless/src/export.ts') },
  { find: /^@auditkit\/headless\/search$/, replacement: at('packages/headless/src/search.ts') },
  { find: /^@auditkit\/components$/, replacement: at('packages/components/src/index.ts') },
  {
    find: /^@auditkit\/components\/messages\/(\w+)$/,
    replacement: at('packages/components/src/messages/$1.ts'),
  },
  { find: /^@auditkit\/components\/styles\.css$/, replacement: at('packages/components/src/styles.css') },
  { find: /^@auditkit\/mock-api$/, replacement: at('packages/mock-api/src/index.ts') },
  { find: /^@auditkit\/mock-api\/browser$/, replacement: at('packages/mock-api/src/browser.ts') },
  { find: /^@auditkit\/mock-api\/node$/, replacement: at('packages/mock-api/src/node.ts') },
];
