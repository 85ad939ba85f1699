// Tiny Vite production builds of bench pages in bench/results/tmp/<name>/: the same setup an embedder's app
// would use (Vite defaults, minified, no source maps), so the bytes and the timings are what users get.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { tmpDir } from './paths.mjs';

/**
 * @typedef {object} BuiltPage
 * @property {string} outDir
 * @property {Array<{ file: string, bytes: number }>} assets Every emitted JS and CSS file.
 * @property {Array<{ file: string, bytes: number }>} initial What the page loads before it runs: the entry's JS,
 *   its static imports (transitively) and their CSS; the rest is fetched on demand (dynamic imports).
 * @property {Array<{ file: string, bytes: number }>} loadable Everything the page can ever load: `initial` and every
 *   chunk its code can import dynamically (transitively). A file no code can load is not a cost to anyone.
 */

/**
 * Writes `index.html` and `main.js` (the page's module) under bench/results/tmp/<name>/ and builds them.
 * Bare imports resolve from bench/node_modules, so `@auditkit/*` are the packages' built `dist`.
 *
 * @param {object} options
 * @param {string} options.name Folder name under tmp/.
 * @param {string} options.main Source of the page's entry module.
 * @param {string} [options.publicDir] Copied to the output root as is (the mock's service worker).
 * @param {string} [options.title]
 * @param {boolean} [options.minify] Off only for profiles (bench/profile.mjs), so stacks keep their names.
 * @returns {Promise<BuiltPage>}
 * @example
 * const page = await buildPage({ name: 'react-only', main: "import { createRoot } from 'react-dom/client';…" });
 */
export async function buildPage({ name, main, publicDir, title = name, minify = true }) {
  const root = join(tmpDir, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title></head>\n` +
      `<body><div id="root"></div><script type="module" src="./main.js"></script></body>\n</html>\n`,
  );
  writeFileSync(join(root, 'main.js'), main);
  const outDir = join(root, 'dist');
  await withRetry(() =>
    build({
      root,
      configFile: false,
      logLevel: 'error',
      publicDir: publicDir ?? false,
      // One copy of each, even when a package's own node_modules links its own.
      resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query', 'msw'] },
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        reportCompressedSize: false,
        target: 'es2022',
        manifest: true,
        minify,
      },
    }),
  );
  const assets = listAssets(outDir);
  return {
    outDir,
    assets,
    initial: reachableAssets(outDir, assets, false),
    loadable: reachableAssets(outDir, assets, true),
  };
}

/**
 * From Vite's manifest: the files a browser loads before the page's entry runs (the entry chunk, every chunk it
 * imports statically, transitively, and their CSS), or with `dynamic` also every chunk that code imports on demand.
 *
 * @param {string} outDir
 * @param {Array<{ file: string, bytes: number }>} assets
 * @param {boolean} dynamic
 */
function reachableAssets(outDir, assets, dynamic) {
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (dynamic) for (const imported of chunk.dynamicImports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return assets.filter((asset) => files.has(asset.file));
}

/**
 * Other engineers rebuild packages in the same tree, and tsdown empties `dist` first: a build that starts in that
 * moment fails to resolve a package. Wait and try again before calling it a failure.
 *
 * @template T
 * @param {() => Promise<T>} task
 * @param {number} [attempts]
 * @returns {Promise<T>}
 */
async function withRetry(task, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`  build failed (${String(error).split('\n')[0]}); retrying in 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 10_000));
    }
  }
}

/** @param {string} outDir @returns {Array<{ file: string, bytes: number }>} */
function listAssets(outDir) {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => /\.(m?js|css)$/.test(file) && !file.endsWith('mockServiceWorker.js'))
    .map((file) => ({
      file: relative(outDir, join(outDir, file)),
      bytes: statSync(join(outDir, file)).size,
    }));
}
