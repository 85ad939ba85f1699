// The second, independent bundle harness: the packages packed into tarballs (as they would be published), installed
// with npm into a host app of its own, and built by esbuild, not Vite. Nothing is shared with the Vite harness but
// the page sources: not the resolver, not the bundler, not the node_modules layout. The app lives in
// bench/results/tmp/npm-host/ (gitignored) and keeps its node_modules, so only the first run downloads React,
// TanStack Query and esbuild; later runs reinstall just the two fresh tarballs from the npm cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MissingPieceError } from './figures.mjs';
import { packagesDir, repoRoot, tmpDir } from './paths.mjs';

const hostDir = join(tmpDir, 'npm-host');
const tarballDir = join(hostDir, 'tarballs');
/** The bundler of this harness; pinned so a figure changes only when our code does. */
const esbuildVersion = '0.28.2';

/**
 * What the host installs from the registry: the peers at the workspace's own versions, and the bundler.
 *
 * @returns {Record<string, string>}
 */
function registryDependencies() {
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const pin = (/** @type {string} */ name) => String(root.devDependencies[name]).replace(/^\^/, '');
  return {
    react: pin('react'),
    'react-dom': pin('react-dom'),
    '@tanstack/react-query': pin('@tanstack/react-query'),
    esbuild: esbuildVersion,
  };
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    const tail = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed in ${relative(repoRoot, cwd)}:\n${tail}`);
  }
  return result.stdout;
}

/**
 * Packs @auditkit/headless and @auditkit/components (pnpm pack, which turns `workspace:` ranges into versions, as
 * publishing does) and installs them with npm into the host app, with the registry dependencies.
 *
 * @returns {string} the host app's folder
 */
export function installHostApp() {
  for (const pkg of ['headless', 'components']) {
    if (!existsSync(join(packagesDir, pkg, 'dist', 'index.js')))
      throw new MissingPieceError(
        `@auditkit/${pkg} is not built: run \`npm run build\` or \`npm run bench\`.`,
      );
  }
  mkdirSync(hostDir, { recursive: true });
  rmSync(tarballDir, { recursive: true, force: true });
  mkdirSync(tarballDir, { recursive: true });
  const pnpm = join(repoRoot, 'scripts', 'pnpm.mjs');
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const pkg of ['headless', 'components']) {
    run(
      process.execPath,
      [pnpm, '-C', join(packagesDir, pkg), 'pack', '--pack-destination', tarballDir],
      repoRoot,
    );
    const file = readdirSync(tarballDir).find((name) => name.startsWith(`auditkit-${pkg}-`));
    if (!file) throw new Error(`pnpm pack left no tarball for @auditkit/${pkg} in ${tarballDir}`);
    tarballs[`@auditkit/${pkg}`] = `file:./tarballs/${file}`;
  }
  writeFileSync(
    join(hostDir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'auditkit-bench-npm-host',
        private: true,
        type: 'module',
        dependencies: { ...registryDependencies(), ...tarballs },
      },
      null,
      2,
    )}\n`,
  );
  // The app sits inside the repository's folder: its own tsconfig stops esbuild from finding the workspace's,
  // whose `paths` would send `@auditkit/*` to the sources instead of the installed tarballs.
  writeFileSync(join(hostDir, 'tsconfig.json'), '{}\n');
  // A tarball's integrity changes with every build: drop the lock's entries for ours, keep the registry ones.
  rmSync(join(hostDir, 'node_modules', '@auditkit'), { recursive: true, force: true });
  rmSync(join(hostDir, 'package-lock.json'), { force: true });
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], hostDir);
  return hostDir;
}

/**
 * @typedef {object} EsbuildPage
 * @property {Array<{ file: string, bytes: number }>} assets Every emitted JS and CSS file.
 * @property {Array<{ file: string, bytes: number }>} initial The entry, its static imports and its CSS.
 * @property {Array<{ file: string, bytes: number }>} loadable `initial` and every chunk its code can import
 *   dynamically (transitively). esbuild writes a chunk for every `import()` it parses, even in code it then drops
 *   as unused (a host that never calls the CSV export still gets the engine's file): no code loads such a file,
 *   so it is left out here. The metafile lists only the imports left in the output.
 * @property {string} outDir
 */

/**
 * Builds one page with the host's esbuild: bundled, minified, code-split ESM, production React, CSS bundled.
 *
 * @param {string} name
 * @param {string} main the page's entry source
 * @returns {Promise<EsbuildPage>}
 */
export async function buildWithEsbuild(name, main) {
  /** @type {typeof import('esbuild')} */
  const esbuild = await import(
    pathToFileURL(join(hostDir, 'node_modules', 'esbuild', 'lib', 'main.js')).href
  );
  const srcDir = join(hostDir, 'pages', name);
  const outDir = join(srcDir, 'dist');
  rmSync(srcDir, { recursive: true, force: true });
  mkdirSync(srcDir, { recursive: true });
  writeFileSync(join(srcDir, 'main.js'), main);
  const result = await esbuild.build({
    entryPoints: [join(srcDir, 'main.js')],
    absWorkingDir: hostDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: outDir,
    metafile: true,
    logLevel: 'error',
    tsconfigRaw: '{}',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  /** @type {Array<{ file: string, bytes: number }>} */
  const assets = [];
  for (const file of readdirSync(outDir)) {
    if (/\.(js|css)$/.test(file)) assets.push({ file, bytes: statSync(join(outDir, file)).size });
  }
  const outputs = result.metafile.outputs;
  const key = (/** @type {string} */ file) => relative(hostDir, join(outDir, file)).split('\\').join('/');
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  /** @param {boolean} dynamic */
  const reachable = (dynamic) => {
    const paths = new Set();
    /** @param {string} path */
    const visit = (path) => {
      const output = outputs[path];
      if (!output || paths.has(path)) return;
      paths.add(path);
      if (output.cssBundle) paths.add(output.cssBundle);
      for (const imported of output.imports)
        if (imported.kind === 'import-statement' || (dynamic && imported.kind === 'dynamic-import'))
          visit(imported.path);
    };
    if (entry) visit(entry);
    return assets.filter((asset) => paths.has(key(asset.file)));
  };
  return { outDir, assets, initial: reachable(false), loadable: reachable(true) };
}
