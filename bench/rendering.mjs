// Rendering in Chromium (CPU throttling off, mock latency 0 ms): a filter change on a 200-row page, and an
// infinite scroll through 10,000 loaded rows. The page is <AuditLog> from the built packages; see
// bench/pages/renderingPage.js for the probes it measures with.
import { figure, median, percentile, round, unmeasured } from './lib/figures.mjs';
import { buildAndServe, launchChromium, openPage } from './lib/openBenchPage.mjs';
import { distFile, requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */
/** @typedef {{ total: number, request: number, client: number }} FilterTiming */
/** @typedef {{ frames: number[], maxRows: number, loaded: number, longTasks: number[], seconds: number }} ScrollResult */

const group = 'rendering';
const EVENTS = 10_000;
const FILTER_WARMUPS = 2;
const FILTER_CHANGES = 11;
/** Pixels scrolled a frame: about ten 48 px rows, a fast fling held from the first row to the last. */
const SCROLL_STEP = 480;
const severities = ['Info', 'Medium', 'High', 'Critical', 'Error'];

/**
 * Which severity to toggle at step `i` (1-based): a reflected Gray code over the five levels, so every step
 * gives a selection never seen before and no answer comes from a cache (31 steps at most).
 *
 * @param {number} i
 * @returns {string}
 */
function severityToToggle(i) {
  return /** @type {string} */ (severities[Math.log2(i & -i)]);
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<FilterTiming[]>}
 */
async function filterChanges(browser, url) {
  const page = await openPage(browser, `${url}/?paging=pages&events=${EVENTS}`);
  try {
    await page.locator('tr[data-slot="audit-table-row"]').nth(199).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /^Severity/ }).click();
    /** @type {FilterTiming[]} */
    const timings = [];
    for (let i = 1; i <= FILTER_WARMUPS + FILTER_CHANGES; i++) {
      const probe = page.evaluate(() => /** @type {any} */ (window).measureNextFilterChange());
      await page.getByRole('checkbox', { name: severityToToggle(i), exact: true }).click();
      const timing = /** @type {FilterTiming} */ (await probe);
      const rows = await page.evaluate(() => /** @type {any} */ (window).rowCount());
      if (rows !== 200) throw new Error(`after filter change ${i} the page shows ${rows} rows, not 200`);
      if (i > FILTER_WARMUPS) timings.push(timing);
    }
    return timings;
  } finally {
    await page.context().close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<ScrollResult>}
 */
async function scrollRun(browser, url) {
  const page = await openPage(browser, `${url}/?paging=infinite&events=${EVENTS}`);
  try {
    await page.locator('tr[data-slot="audit-table-row"]').first().waitFor({ timeout: 30_000 });
    const result = /** @type {ScrollResult} */ (
      await page.evaluate((options) => /** @type {any} */ (window).scrollThrough(options), {
        target: EVENTS,
        step: SCROLL_STEP,
        timeoutMs: 600_000,
      })
    );
    return result;
  } finally {
    await page.context().close();
  }
}

/**
 * The same scroll loop on a page with nothing but a tall box: the frame times this machine gives at its current
 * load when the page does no work, the reference the real figure is set against.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<number[]>}
 */
async function baselineFrames(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(
      '<div id="box" style="height:600px;overflow:auto"><div style="height:480000px"></div></div>',
    );
    return await page.evaluate(
      ({ step, count }) =>
        new Promise((resolve) => {
          const box = /** @type {HTMLElement} */ (document.getElementById('box'));
          /** @type {number[]} */
          const frames = [];
          let last = 0;
          /** @param {number} now */
          const frame = (now) => {
            if (last) frames.push(now - last);
            last = now;
            box.scrollTop += step;
            if (frames.length < count) requestAnimationFrame(frame);
            else resolve(frames);
          };
          requestAnimationFrame(frame);
        }),
      { step: SCROLL_STEP, count: 600 },
    );
  } finally {
    await context.close();
  }
}

/**
 * Runs the rendering benchmarks.
 *
 * @param {{ runs: number, log: (line: string) => void }} options
 * @returns {Promise<Figure[]>}
 */
export async function run({ runs, log }) {
  const filterPlanned = [
    {
      id: 'rendering.filter.median',
      group,
      label: 'filter change → 200 new rows painted, median',
      unit: 'ms',
      budget: { op: /** @type {const} */ ('<'), value: 50 },
    },
    {
      id: 'rendering.filter.request',
      group,
      label: '… of which the list request (mock worker), median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.client',
      group,
      label: '… of which the page (React, layout, paint), median',
      unit: 'ms',
    },
  ];
  const scrollPlanned = [
    {
      id: 'rendering.scroll.domRows',
      group,
      label: '10k-row infinite scroll: most rows in the DOM',
      unit: 'rows',
      budget: { op: /** @type {const} */ ('<'), value: 100 },
    },
    {
      id: 'rendering.scroll.frameP95',
      group,
      label: '10k-row infinite scroll: frame time p95',
      unit: 'ms',
      budget: { op: /** @type {const} */ ('<'), value: 16.7 },
    },
    {
      id: 'rendering.scroll.baselineP95',
      group,
      label: '… the same scroll of an empty page: frame time p95 (machine reference)',
      unit: 'ms',
    },
    { id: 'rendering.scroll.frameP50', group, label: '10k-row infinite scroll: frame time p50', unit: 'ms' },
    {
      id: 'rendering.scroll.longTaskTotal',
      group,
      label: '10k-row infinite scroll: long tasks, total',
      unit: 'ms',
    },
    {
      id: 'rendering.scroll.seconds',
      group,
      label: '10k-row infinite scroll: top to bottom, all pages loaded',
      unit: 's',
    },
  ];
  /** @type {Awaited<ReturnType<typeof buildAndServe>> | undefined} */
  let site;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    requireExports('components', ['AuditLog']);
    distFile('components', 'styles.css');
    requireExports('headless', ['createAuditClient', 'defaultAuditQuery']);
    requireExports('mock-api', ['startMockWorker', 'createMockAuditApi', 'demoToken'], 'browser.js');
    site = await buildAndServe('renderingPage.js');
    browser = await launchChromium();
  } catch (error) {
    await site?.close();
    return [...unmeasured(filterPlanned, error), ...unmeasured(scrollPlanned, error)];
  }
  /** @type {Figure[]} */
  const figures = [];
  try {
    const timings = await filterChanges(browser, site.url);
    const totals = timings.map((t) => t.total);
    log(`  filter changes (ms): ${totals.map((t) => round(t, 0)).join(', ')}`);
    figures.push(
      figure({
        ...filterPlanned[0],
        value: median(totals),
        runs: totals.map((t) => round(t, 1)),
        note: `${EVENTS} events in the mock; severity toggled in a Gray-code order so no answer is cached`,
      }),
      figure({ ...filterPlanned[1], value: median(timings.map((t) => t.request)) }),
      figure({ ...filterPlanned[2], value: median(timings.map((t) => t.client)) }),
    );
  } catch (error) {
    figures.push(...unmeasured(filterPlanned, error));
  }
  try {
    /** @type {ScrollResult[]} */
    const scrolls = [];
    /** @type {number[]} */
    const baselineP95s = [];
    for (let i = 0; i < runs; i++) {
      const result = await scrollRun(browser, site.url);
      scrolls.push(result);
      baselineP95s.push(percentile(await baselineFrames(browser), 95));
      log(
        `  scroll run ${i + 1}/${runs}: ${result.frames.length} frames in ${round(result.seconds, 1)} s, ` +
          `p95 ${round(percentile(result.frames, 95), 1)} ms (empty page ${round(baselineP95s.at(-1) ?? 0, 1)} ms), ` +
          `≤ ${result.maxRows} rows in the DOM`,
      );
    }
    const p95s = scrolls.map((s) => percentile(s.frames, 95));
    const longTotals = scrolls.map((s) => s.longTasks.reduce((sum, d) => sum + d, 0));
    figures.push(
      figure({
        ...scrollPlanned[0],
        value: Math.max(...scrolls.map((s) => s.maxRows)),
        note: 'the most over every frame of every run',
      }),
      figure({
        ...scrollPlanned[1],
        value: median(p95s),
        runs: p95s.map((v) => round(v, 1)),
        note: `rAF deltas while scrolling ${SCROLL_STEP} px a frame; frames: ${scrolls.map((s) => s.frames.length).join(', ')}`,
      }),
      figure({
        ...scrollPlanned[2],
        value: median(baselineP95s),
        runs: baselineP95s.map((v) => round(v, 1)),
      }),
      figure({ ...scrollPlanned[3], value: median(scrolls.map((s) => percentile(s.frames, 50))) }),
      figure({
        ...scrollPlanned[4],
        value: median(longTotals),
        runs: longTotals.map((v) => round(v, 0)),
        note: `long tasks a run: ${scrolls.map((s) => s.longTasks.length).join(', ')}`,
      }),
      figure({ ...scrollPlanned[5], value: median(scrolls.map((s) => s.seconds)) }),
    );
  } catch (error) {
    figures.push(...unmeasured(scrollPlanned, error));
  } finally {
    await browser.close();
    await site.close();
  }
  return figures;
}
