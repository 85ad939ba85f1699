import { auditkitPackage } from '../../tsdown.base.ts';

export default auditkitPackage({
  // `core` imports no React (server-safe); the root adds the hooks and is a client module.
  entry: { index: 'src/index.ts', core: 'src/core.ts' },
});
