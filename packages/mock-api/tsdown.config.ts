import { auditkitPackage } from '../../tsdown.base.ts';

export default auditkitPackage({
  entry: { index: 'src/index.ts', browser: 'src/browser.ts', node: 'src/node.ts', cli: 'src/cli.ts' },
  esmOnlyEntries: ['cli'],
  neverBundle: [/^node:/, 'msw', /^msw\//],
});
