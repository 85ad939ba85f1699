import { auditkitPackage } from '../../tsdown.base.ts';

export default auditkitPackage({
  // `core` imports no React (server-safe); the root adds the hooks and is a client module; `export` is the CSV
  // export engine and its parts (React-free too), kept out of the root's import graph (see src/export.ts); `search`
  // is the search language's functions, out of it too (see src/search.ts).
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    export: 'src/export.ts',
    search: 'src/search.ts',
  },
});
