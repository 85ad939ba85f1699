import { readdir, rm } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds one of the package's TypeScript entries (path from the package root) into a runnable Node script, for
 * tests that start it as a child process: Node 20 cannot run the sources itself. Built into a private folder under
 * the package's node_modules (so `msw` resolves as from dist) rather than into dist, which other builds may be
 * emptying at the same moment. Returns the script's path and a function that removes the folder.
 */
export async function buildNodeEntry(entry: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const name = basename(entry, extname(entry));
  const outDir = `${packageRoot}node_modules/.cache/${name}-test-${process.pid}/`;
  await build({
    config: false,
    cwd: packageRoot,
    entry: [entry],
    outDir,
    format: 'esm',
    platform: 'node',
    dts: false,
    deps: { neverBundle: [/^node:/, 'msw', /^msw\//] },
    logLevel: 'error',
  });
  // tsdown names it .js or .mjs depending on the package type it detects; take what it wrote.
  const script = (await readdir(outDir)).find((file) => file === `${name}.js` || file === `${name}.mjs`);
  if (!script) throw new Error(`tsdown wrote no ${name}.js into ${outDir}`);
  return { path: `${outDir}${script}`, remove: () => rm(outDir, { recursive: true, force: true }) };
}
