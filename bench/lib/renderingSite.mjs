// The rendering benchmark's page on its own, for the tools that look into it (profile.mjs, styleCost.mjs,
// rowCost.mjs): the standalone mock holding the bench tenant's 10,000 events, the page built and served against
// it, and Chromium.
import { pathToFileURL } from 'node:url';
import { benchTenant } from './benchDataset.mjs';
import { buildAndServe, launchChromium } from './openBenchPage.mjs';
import { startMockServer } from './startMockServer.mjs';
import { distFile } from './workspacePackages.mjs';

/**
 * Starts the mock, builds and serves `pages/renderingPage.js`, and launches Chromium.
 *
 * @param {{ minify: boolean }} options `minify: false` for profiles (function names in the samples).
 */
export async function openRenderingSite({ minify }) {
  const node = await import(pathToFileURL(distFile('mock-api', 'node.js')).href);
  const token = await node.demoToken(node.demoIdentities.tenantAAdmin);
  const mock = await startMockServer();
  await mock.send({
    type: 'scenario',
    scenario: { latencyMs: 0, eventsPerTenant: { [benchTenant]: 10_000 } },
  });
  const site = await buildAndServe('renderingPage.js', { apiUrl: mock.url, minify });
  const browser = await launchChromium();
  return {
    browser,
    /** The page with `paging` (`pages` or `infinite`) and `pageSize`, signed in as the bench tenant's admin. */
    url: (/** @type {string} */ paging, /** @type {number} */ pageSize) =>
      `${site.url}/?paging=${paging}&pageSize=${pageSize}#${encodeURIComponent(token)}`,
    close: async () => {
      await browser.close();
      await site.close();
      await mock.stop();
    },
  };
}
