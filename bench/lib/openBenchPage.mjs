// Builds a bench page from bench/pages/, serves it on 127.0.0.1 with the mock's service worker at the root, and
// opens it in Chromium; one place for the set-up the rendering and export benchmarks share.
import { join, relative } from 'node:path';
import { buildPage } from './buildPage.mjs';
import { launchChromium } from './launchChromium.mjs';
import { benchDir, tmpDir } from './paths.mjs';
import { serveStatic } from './serveStatic.mjs';
import { requireMockWorkerScript } from './workspacePackages.mjs';

/**
 * Builds bench/pages/<pageFile> with Vite (the mock's worker script copied to the site root) and serves it.
 *
 * @param {string} pageFile File name under bench/pages/.
 * @param {{ apiUrl?: string, minify?: boolean }} [options] `apiUrl`: the standalone mock, reached from the page as
 *   `/frontegg`; `minify: false` for profiles.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
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
  return serveStatic(built.outDir, apiUrl ? { prefix: '/frontegg', target: apiUrl } : undefined);
}

/**
 * Opens a served page and waits until it sets `window.benchReady` (its mock worker is listening).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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

export { launchChromium };
