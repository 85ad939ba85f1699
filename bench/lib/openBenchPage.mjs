// Builds a bench page from bench/pages/, serves it on 127.0.0.1 with the mock's service worker at the root, and
// opens it in Chromium; one place for the set-up the rendering and export benchmarks share.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPage } from './buildPage.mjs';
import { launchChromium } from './launchChromium.mjs';
import { benchDir, tmpDir } from './paths.mjs';
import { contentTypeOf, fileInside, serveStatic } from './serveStatic.mjs';
import { requireMockWorkerScript } from './workspacePackages.mjs';

/**
 * Builds bench/pages/<pageFile> with Vite (the mock's worker script copied to the site root) and serves it.
 *
 * @param {string} pageFile File name under bench/pages/.
 * @param {{ apiUrl?: string, minify?: boolean }} [options] `apiUrl`: the standalone mock, reached from the page as
 *   `/frontegg`; `minify: false` for profiles.
 * @returns {Promise<{ url: string, dir: string, close: () => Promise<void> }>} `dir`: the built page's folder.
 */
export async function buildAndServe(pageFile, { apiUrl, minify } = {}) {
  const workerScript = requireMockWorkerScript();
  const name = pageFile.replace(/\.js$/, '');
  const entry = relative(join(tmpDir, name), join(benchDir, 'pages', pageFile))
    .split('\\')
    .join('/');
  const built = await buildPage({
    name: minify === false ? `${name}-unminified` : name,
    main: `import ${JSON.stringify(entry)};\n`,
    minify,
    publicDir: join(workerScript, '..'),
  });
  const site = await serveStatic(built.outDir, apiUrl ? { prefix: '/frontegg', target: apiUrl } : undefined);
  return { ...site, dir: built.outDir };
}

/**
 * Opens a served page and waits until it sets `window.benchReady` (its mock worker is listening).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ files?: string }} [options] `files`: a built page's folder, served at `url`'s origin (another server's,
 *   the standalone mock's) through Playwright's routing, so the page and that server share one origin with no proxy
 *   between them. Routing sees every request while it is on: once the page has loaded every chunk it will need, stop
 *   it (`page.context().unrouteAll()`) before measuring.
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function openPage(browser, url, { files } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (files) await serveThroughRouting(context, new URL(url).origin, files);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  try {
    await page.waitForFunction(
      () => /** @type {{ benchReady?: boolean }} */ (window).benchReady === true,
      null,
      {
        timeout: 30_000,
      },
    );
  } catch (error) {
    throw new Error(
      `the bench page at ${url} never got ready${errors.length ? `: ${errors.join('; ')}` : ''}`,
      {
        cause: error,
      },
    );
  }
  return page;
}

/**
 * Answers requests for `origin`'s root and for the files in `dir` from `dir`; every other request goes on.
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @param {string} dir
 */
async function serveThroughRouting(context, origin, dir) {
  const fileOf = (/** @type {URL} */ url) => {
    const file = url.origin === origin ? fileInside(dir, url.pathname) : undefined;
    return file && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  await context.route(
    (url) => fileOf(url) !== undefined,
    (route) => {
      const file = /** @type {string} */ (fileOf(new URL(route.request().url())));
      route.fulfill({ body: readFileSync(file), headers: { 'content-type': contentTypeOf(file) } });
    },
  );
}

export { launchChromium };
