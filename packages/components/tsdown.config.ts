import { auditkitPackage } from '../../tsdown.base.ts';

export default auditkitPackage({
  entry: { index: 'src/index.ts' },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  // TanStack Table 9 ships only ESM.
  esmOnlyDependencies: [
    '@tanstack/react-table',
    '@tanstack/table-core',
    /^@tanstack\/react-store/,
    /^@tanstack\/store/,
  ],
});
