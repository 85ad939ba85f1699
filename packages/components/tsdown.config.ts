import { auditkitPackage } from '../../tsdown.base.ts';

/** Languages shipped as `@auditkit/components/messages/<lang>` (package.json `exports` names each one). */
const messagePacks = ['en', 'de', 'es', 'fr', 'he', 'ja'];

export default auditkitPackage({
  // Each message pack is its own entry, so a host pays only for the language it imports.
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(messagePacks.map((lang) => [`messages/${lang}`, `src/messages/${lang}.ts`])),
  },
  copy: [
    { from: 'src/styles.css', to: 'dist' },
    { from: 'src/styles.css.d.ts', to: 'dist' },
    // The same declaration for `require` (CommonJS hosts under node16): in a "type": "module" package a .d.ts is
    // an ES module, which a CommonJS file may not import (TS1479).
    { from: 'src/styles.css.d.ts', to: 'dist', rename: 'styles.css.d.cts' },
  ],
  // TanStack Table 9 ships only ESM.
  esmOnlyDependencies: [
    '@tanstack/react-table',
    '@tanstack/table-core',
    /^@tanstack\/react-store/,
    /^@tanstack\/store/,
  ],
});
