// Rendering in Chromium (CPU throttling off): the first rows after a navigation, a filter change on a 200-row
// page, an infinite scroll through 10,000 loaded rows, and how far a first load moves what is on the page. Both
// pages talk to the standalone mock (strict: a parameter its endpoint does not list is a 400, so no page can time
// an unfiltered answer) over loopback HTTP (latency 0 ms) on their own origin: bench/pages/renderingPage.js is
// <AuditLog> from the built packages, bench/pages/bareTablePage.js the reference (React and a plain <table>, same
// rows and requests, no library). The mock's match cache is cleared before every measured sequence, so no answer
// timed was built for an earlier one. Every budgeted figure is set against a reference measured in the same run;
// see bench/pages/probes.js for the probes.
import { pathToFileURL } from 'node:url';
import { benchTenant } from './lib/benchDataset.mjs';
import { figure, median, percentile, round, unmeasured } from './lib/figures.mjs';
import { frameDrops, LONG_FRAME_FACTOR } from './lib/frameDrops.mjs';
import { buildAndServe, launchChromium, openPage } from './lib/openBenchPage.mjs';
import { startMockServer } from './lib/startMockServer.mjs';
import { distFile, requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */
/** @typedef {{ total: number, request: number, client: number, leaves: number }} Split */
/** @typedef {{ first: Split, all: Split }} FilterTiming */
/** @typedef {{ frames: number[], maxRows: number, loaded: number, longTasks: number[], seconds: number }} ScrollResult */
/** @typedef {{ painted: number, commit: number, renderStart: number, listStart: number, listEnd: number }} FirstRows */
/** @typedef {Awaited<ReturnType<typeof startMockServer>>} MockServer */

const group = 'rendering';
const EVENTS = 10_000;
const FILTER_PAGE = 200;
const FILTER_WARMUPS = 2;
const FILTER_CHANGES = 11;
/** Fresh loads per page for the first-rows figure (the issue's peer comparison used 7). */
const FIRST_LOADS = 7;
/** Rows that count as "the first rows" (the issue's peer comparison: the first 10 event rows painted). */
const FIRST_ROWS = 10;
/** Scroll runs: the frame figures must hold in every one of at least five. */
const MIN_SCROLL_RUNS = 5;
/** Pixels scrolled a frame: about ten 48 px rows, a fast fling held from the first row to the last. */
const SCROLL_STEP = 480;
/**
 * Retraced's viewer, navigation → first 10 rows on a loopback API, as issue 13 measured it in its own harness.
 * Not a peer measured here: the figure says so and is never a pass or a miss.
 */
const RETRACED_FIRST_ROWS_MS = 310;
/** `BENCH_PARTS=filter,first` runs only those parts (while working on one); figures of the others are left out. */
const parts = (process.env.BENCH_PARTS ?? 'filter,first,scroll,shift').split(',');
/**
 * For trying a slower device and a real API's delay (`BENCH_CPU_THROTTLE=4 BENCH_LATENCY_MS=100`): the filter
 * part's pages run at 1/N of the CPU (Chromium's throttling), and the mock answers every part N ms late. The table's
 * figures are measured with neither; the filter change's note says when they were set.
 */
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 0);
if (!(cpuThrottle >= 1) || !(latencyMs >= 0))
  throw new Error('BENCH_CPU_THROTTLE must be a number ≥ 1 and BENCH_LATENCY_MS a number ≥ 0');
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
 * Drops the mock's cached match indices (and anything created), so the next answers are built as a first
 * request's would be: the two pages of one run ask for the same selections, and every run asks for the same ones.
 *
 * @param {MockServer} mock
 */
const coldMock = (mock) => mock.send({ type: 'clearCache' });

/**
 * @param {import('playwright-core').Browser} browser
 * @param {MockServer} mock
 * @param {string} url
 * @param {boolean} auditLog whether the page is <AuditLog> (its severity checkboxes sit in a popover)
 * @returns {Promise<FilterTiming[]>}
 */
async function filterChanges(browser, mock, url, auditLog) {
  await coldMock(mock);
  const page = await openPage(browser, url);
  if (cpuThrottle > 1)
    await (
      await page.context().newCDPSession(page)
    ).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  try {
    const row = auditLog ? 'tr[data-slot="audit-table-row"]' : 'tr[data-row]';
    await page
      .locator(row)
      .nth(FILTER_PAGE - 1)
      .waitFor({ timeout: 30_000 });
    if (auditLog) await page.getByRole('button', { name: /^Severity/ }).click();
    /** @type {FilterTiming[]} */
    const timings = [];
    for (let i = 1; i <= FILTER_WARMUPS + FILTER_CHANGES; i++) {
      const before = await page.evaluate(() => /** @type {any} */ (window).rowTexts().join('\n'));
      const probe = page.evaluate(
        (expected) => /** @type {any} */ (window).measureNextFilterChange(expected),
        FILTER_PAGE,
      );
      await page.getByRole('checkbox', { name: severityToToggle(i), exact: true }).click();
      const timing = /** @type {FilterTiming} */ (await probe);
      const rows = await page.evaluate(() => /** @type {any} */ (window).rowCount());
      if (rows !== FILTER_PAGE)
        throw new Error(`after filter change ${i} the page shows ${rows} rows, not ${FILTER_PAGE}`);
      // A change that paints the same rows timed a re-render, not a filter (an answer that ignored the filter).
      const after = await page.evaluate(() => /** @type {any} */ (window).rowTexts().join('\n'));
      if (after === before) throw new Error(`filter change ${i} left the same ${rows} rows on the page`);
      if (i > FILTER_WARMUPS) timings.push(timing);
    }
    return timings;
  } finally {
    await page.context().close();
  }
}

/**
 * Runs in the page before any of its scripts: resolves `window.firstRows` after the paint of the frame in which
 * the first `count` event rows are in the DOM, with the first commit into #root, the first list request and the
 * `bench:render-start` mark each page sets just before `createRoot().render` (its imports evaluated, no render work
 * done yet).
 *
 * @param {{ count: number, selector: string }} options
 */
function firstRowsProbe({ count, selector }) {
  let commit = 0;
  /** @type {any} */ (window).firstRows = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!commit && document.getElementById('root')?.firstChild) commit = performance.now();
      if (document.querySelectorAll(selector).length < count) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const list = performance
            .getEntriesByType('resource')
            .find((entry) => entry.name.includes('/audits/resources/audits/v2?'));
          resolve({
            painted: performance.now(),
            commit,
            renderStart: performance.getEntriesByName('bench:render-start')[0]?.startTime ?? Number.NaN,
            listStart: list?.startTime ?? Number.NaN,
            listEnd: list?.responseEnd ?? Number.NaN,
          });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * One fresh navigation (a new browser context: no cache, no compiled code kept; the mock's cache cleared):
 * milliseconds from the start of navigation to the first rows painted.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {MockServer} mock
 * @param {string} url
 * @returns {Promise<FirstRows>}
 */
async function firstRows(browser, mock, url) {
  await coldMock(mock);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(firstRowsProbe, {
      count: FIRST_ROWS,
      selector: 'tr[data-slot="audit-table-row"], tr[data-row]',
    });
    const page = await context.newPage();
    await page.goto(url);
    return /** @type {FirstRows} */ (
      await page.evaluate(() => /** @type {any} */ (window).firstRows, undefined, { timeout: 30_000 })
    );
  } finally {
    await context.close();
  }
}

/** The API answers the layout-shift loads get: at once (the log waits for its rows), and slower than it waits. */
const SHIFT_LATENCIES = [0, 400];
/** Widths of the layout-shift loads: a desktop table and a phone's cards. */
const SHIFT_WIDTHS = [1280, 700, 375];

/**
 * Runs in the page before any of its scripts: adds up the layout shifts no input caused (the CLS of the load, in
 * one session window) and the farthest any shifted element moved, in pixels, to `window.loadShift`.
 */
function layoutShiftProbe() {
  const shift = { score: 0, moved: 0 };
  /** @type {any} */ (window).loadShift = shift;
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      if (entry.hadRecentInput) continue;
      shift.score += entry.value;
      for (const { previousRect: from, currentRect: to } of entry.sources) {
        // Moved out of the viewport: as far as the viewport's bottom edge.
        const toY = to.height === 0 && to.width === 0 ? innerHeight : to.y;
        shift.moved = Math.max(shift.moved, Math.abs(toY - from.y), to.width ? Math.abs(to.x - from.x) : 0);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * One fresh load of the log with a host paragraph below it, watched until a second and a half after its first
 * rows (the summary, the time zone list and the preloads have come by then): its layout shift.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} width
 * @returns {Promise<{ score: number, moved: number }>}
 */
async function loadShift(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    await context.addInitScript(layoutShiftProbe);
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('tr[data-slot="audit-table-row"]').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1_500);
    return await page.evaluate(() => /** @type {any} */ (window).loadShift);
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<ScrollResult>}
 */
async function scrollRun(browser, url) {
  const page = await openPage(browser, url);
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

const ratioBudget = { op: /** @type {const} */ ('<='), value: 1.5 };

/** Every figure this benchmark reports, in the table's order. */
const planned = {
  filter: [
    {
      id: 'rendering.filter.median',
      group,
      label: 'filter change → first screenful of new rows painted (the rest after), median',
      unit: 'ms',
      // Issue 13: "< 50 ms median … show the first rows before the rest if that is what it takes".
      budget: { op: /** @type {const} */ ('<'), value: 50 },
    },
    {
      id: 'rendering.filter.request',
      group,
      label: '… of which the list request (HTTP mock), median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.requestLeaves',
      group,
      label: '… the list request leaves after the click, median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.client',
      group,
      label: '… of which the page, to its first screenful (React, layout, paint), median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.allRows',
      group,
      label: 'filter change → all 200 new rows painted, median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.allClient',
      group,
      label: '… of which the page, to all 200 rows, median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.referenceTotal',
      group,
      label: 'the bare React <table> reference: filter change → all 200 rows painted, median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.reference',
      group,
      label: '… of which its page, to all 200 rows, median',
      unit: 'ms',
    },
    {
      id: 'rendering.filter.ratioAllRows',
      group,
      label: 'filter change, page to all 200 rows: <AuditLog> ÷ the bare table (all 200 rows)',
      unit: 'ratio',
      budget: ratioBudget,
    },
    {
      id: 'rendering.filter.ratioFirstScreenful',
      group,
      label: 'filter change, page: <AuditLog>’s first screenful ÷ the bare table’s all 200 rows',
      unit: 'ratio',
    },
  ],
  first: [
    {
      id: 'rendering.firstRows.median',
      group,
      label: `navigation → first ${FIRST_ROWS} rows painted, median (no peer measured in this run)`,
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.reference',
      group,
      label: '… the bare React <table> reference, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.ratio',
      group,
      label: 'first rows: <AuditLog> ÷ the bare table',
      unit: 'ratio',
      budget: ratioBudget,
    },
    {
      id: 'rendering.firstRows.requestBeforeRender',
      group,
      label:
        '<AuditLog>: loads whose first list request left before its render started (mark before createRoot().render)',
      unit: 'loads',
    },
    {
      id: 'rendering.firstRows.renderStart',
      group,
      label: '… <AuditLog>: render starts (the mark before createRoot().render) at, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.listStart',
      group,
      label: '… <AuditLog>: the list request leaves at, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.listEnd',
      group,
      label: '… <AuditLog>: the list answer is in at, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.commit',
      group,
      label: '… <AuditLog>: its first commit into the page at, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.referenceListStart',
      group,
      label: '… the bare table: the list request leaves at, median',
      unit: 'ms',
    },
    {
      id: 'rendering.firstRows.referenceListEnd',
      group,
      label: '… the bare table: the list answer is in at, median',
      unit: 'ms',
    },
  ],
  scroll: [
    {
      id: 'rendering.scroll.domRows',
      group,
      label: '10k-row infinite scroll: most rows in the DOM',
      unit: 'rows',
      budget: { op: /** @type {const} */ ('<'), value: 100 },
    },
    { id: 'rendering.scroll.frameP95', group, label: '10k-row infinite scroll: frame time p95', unit: 'ms' },
    {
      id: 'rendering.scroll.baselineP95',
      group,
      label: '… the same scroll of an empty page: frame time p95 (reference)',
      unit: 'ms',
    },
    {
      id: 'rendering.scroll.gap',
      group,
      label: 'scroll frame p95 over the empty page’s, worst run',
      unit: 'ms',
      budget: { op: /** @type {const} */ ('<='), value: 1 },
    },
    { id: 'rendering.scroll.frameP50', group, label: '10k-row infinite scroll: frame time p50', unit: 'ms' },
    {
      id: 'rendering.scroll.longFrames',
      group,
      label: `10k-row infinite scroll: frames over ${LONG_FRAME_FACTOR}× the empty page’s median frame, worst run`,
      unit: 'frames',
      budget: { op: /** @type {const} */ ('<='), value: 0 },
    },
    {
      id: 'rendering.scroll.longTasks',
      group,
      label: '10k-row infinite scroll: long tasks (> 50 ms), worst run',
      unit: 'tasks',
      budget: { op: /** @type {const} */ ('<='), value: 0 },
    },
    {
      id: 'rendering.scroll.longestTask',
      group,
      label: '10k-row infinite scroll: longest task, any run',
      unit: 'ms',
    },
    {
      id: 'rendering.scroll.seconds',
      group,
      label: '10k-row infinite scroll: top to bottom, all pages loaded',
      unit: 's',
    },
  ],
  shift: [
    {
      id: 'rendering.firstLoad.layoutShift',
      group,
      label: 'first load: layout shift (CLS), worst load',
      unit: 'CLS',
      budget: { op: /** @type {const} */ ('<='), value: 0.01 },
    },
    {
      id: 'rendering.firstLoad.moved',
      group,
      label: 'first load: farthest an element moved, worst load',
      unit: 'px',
    },
  ],
};

/**
 * Runs the rendering benchmarks.
 *
 * @param {{ runs: number, log: (line: string) => void }} options
 * @returns {Promise<Figure[]>}
 */
export async function run({ runs, log }) {
  const all = [...planned.filter, ...planned.first, ...planned.scroll, ...planned.shift];
  /** @type {Awaited<ReturnType<typeof startMockServer>> | undefined} */
  let mock;
  /** @type {Array<Awaited<ReturnType<typeof buildAndServe>>>} */
  const sites = [];
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {string} */
  let token;
  /** @type {string[]} */
  let columns;
  try {
    requireExports('components', ['AuditLog']);
    distFile('components', 'styles.css');
    requireExports('mock-api', ['startStandaloneServer', 'demoToken', 'auditColumns'], 'node.js');
    const node = await import(pathToFileURL(distFile('mock-api', 'node.js')).href);
    token = await node.demoToken(node.demoIdentities.tenantAAdmin);
    columns = node.auditColumns
      .filter((/** @type {{ showInTable: boolean }} */ column) => column.showInTable)
      .map((/** @type {{ name: string }} */ column) => column.name);
    mock = await startMockServer({ strict: true });
    await mock.send({
      type: 'scenario',
      scenario: { latencyMs, eventsPerTenant: { [benchTenant]: EVENTS } },
    });
    sites.push(await buildAndServe('renderingPage.js', { apiUrl: mock.url }));
    sites.push(await buildAndServe('bareTablePage.js', { apiUrl: mock.url }));
    browser = await launchChromium();
  } catch (error) {
    for (const site of sites) await site.close();
    await mock?.stop();
    return unmeasured(all, error);
  }
  const [auditSite, bareSite] = /** @type {[{ url: string }, { url: string }]} */ (sites);
  const hash = `#${encodeURIComponent(token)}`;
  const auditUrl = (/** @type {string} */ search) => `${auditSite.url}/?${search}${hash}`;
  const bareUrl = (/** @type {string} */ search) =>
    `${bareSite.url}/?${search}&columns=${columns.join(',')}${hash}`;

  /** @type {Figure[]} */
  const figures = [];
  try {
    if (parts.includes('filter'))
      try {
        // Interleaved, so both pages see the same machine load.
        /** @type {FilterTiming[]} */
        const audit = [];
        /** @type {FilterTiming[]} */
        const bare = [];
        for (let i = 0; i < runs; i++) {
          audit.push(
            ...(await filterChanges(browser, mock, auditUrl(`paging=pages&pageSize=${FILTER_PAGE}`), true)),
          );
          bare.push(...(await filterChanges(browser, mock, bareUrl(`pageSize=${FILTER_PAGE}`), false)));
        }
        const firstTotals = audit.map((t) => t.first.total);
        const firstClient = median(audit.map((t) => t.first.client));
        const allClient = median(audit.map((t) => t.all.client));
        // The bare table mounts all 200 rows in one commit: its first paint is its all-rows paint.
        const reference = median(bare.map((t) => t.all.client));
        log(`  filter changes, first screenful (ms): ${firstTotals.map((t) => round(t, 0)).join(', ')}`);
        log(`  filter changes, all rows (ms): ${audit.map((t) => round(t.all.total, 0)).join(', ')}`);
        log(`  bare table, all rows (ms): ${bare.map((t) => round(t.all.total, 0)).join(', ')}`);
        const [total, request, leaves, client, allRows, allPage, refTotal, ref, ratioAll, ratioFirst] =
          planned.filter;
        figures.push(
          figure({
            ...total,
            value: median(firstTotals),
            runs: firstTotals.map((t) => round(t, 1)),
            note: `${EVENTS} events in the mock; severity toggled in a Gray-code order (every selection new), the mock's cache cleared before each page's sequence, so no answer is cached; the rest of the 200 rows come later (below)${
              cpuThrottle > 1 || latencyMs > 0
                ? `; CPU throttled ${cpuThrottle}×, API ${latencyMs} ms late (BENCH_CPU_THROTTLE, BENCH_LATENCY_MS)`
                : ''
            }`,
          }),
          figure({ ...request, value: median(audit.map((t) => t.first.request)) }),
          figure({
            ...leaves,
            value: median(audit.map((t) => t.first.leaves)),
            note: `the bare table's: ${round(median(bare.map((t) => t.first.leaves)), 1)} ms`,
          }),
          figure({ ...client, value: firstClient }),
          figure({
            ...allRows,
            value: median(audit.map((t) => t.all.total)),
            runs: audit.map((t) => round(t.all.total, 1)),
          }),
          figure({ ...allPage, value: allClient }),
          figure({
            ...refTotal,
            value: median(bare.map((t) => t.all.total)),
            runs: bare.map((t) => round(t.all.total, 1)),
            note: `request ${round(median(bare.map((t) => t.all.request)), 1)} ms (the same legacy GET /audits <AuditLog> sends); same data, no library; it mounts all 200 rows in one commit, so its first screenful is its all rows`,
          }),
          figure({ ...ref, value: reference, runs: bare.map((t) => round(t.all.client, 1)) }),
          figure({
            ...ratioAll,
            value: allClient / reference,
            note: `${round(allClient, 1)} ms ÷ ${round(reference, 1)} ms; the issue's budget: a bare table rendering the same 200 rows`,
          }),
          figure({
            ...ratioFirst,
            value: firstClient / reference,
            note: `${round(firstClient, 1)} ms ÷ ${round(reference, 1)} ms: fewer rows counted on <AuditLog>'s side, for information`,
          }),
        );
      } catch (error) {
        figures.push(...unmeasured(planned.filter, error));
      }

    if (parts.includes('first'))
      try {
        /** @type {FirstRows[]} */
        const audit = [];
        /** @type {FirstRows[]} */
        const bare = [];
        for (let i = 0; i < Math.max(runs, 1) * FIRST_LOADS; i++) {
          audit.push(await firstRows(browser, mock, auditUrl('paging=pages&pageSize=20')));
          bare.push(await firstRows(browser, mock, bareUrl('pageSize=20')));
        }
        const a = median(audit.map((r) => r.painted));
        const b = median(bare.map((r) => r.painted));
        log(`  first rows (ms): ${audit.map((r) => round(r.painted, 0)).join(', ')}`);
        log(`  bare table (ms): ${bare.map((r) => round(r.painted, 0)).join(', ')}`);
        log(`  list answered (ms): ${audit.map((r) => round(r.listEnd, 0)).join(', ')}`);
        log(`  bare table's list answered (ms): ${bare.map((r) => round(r.listEnd, 0)).join(', ')}`);
        const [
          value,
          reference,
          ratio,
          beforeRender,
          renderStart,
          listStart,
          listEnd,
          commit,
          refListStart,
          refListEnd,
        ] = planned.first;
        const early = (/** @type {FirstRows[]} */ loads) =>
          loads.filter((r) => r.listStart < r.renderStart).length;
        figures.push(
          figure({
            ...value,
            value: a,
            runs: audit.map((r) => round(r.painted, 0)),
            note: `fresh context and a cold mock cache a load; no peer runs here: Retraced's ${RETRACED_FIRST_ROWS_MS} ms is issue 13's figure from its own harness, not a same-run reference, so no pass or miss; the same-run reference is the bare table (ratio below)`,
          }),
          figure({ ...reference, value: b, runs: bare.map((r) => round(r.painted, 0)) }),
          figure({ ...ratio, value: a / b, note: `${round(a, 0)} ms ÷ ${round(b, 0)} ms` }),
          figure({
            ...beforeRender,
            value: early(audit),
            budget: { op: '>=', value: audit.length },
            note: `of ${audit.length} loads (budget: every one); the bare table: ${early(bare)} of ${bare.length}; before the first commit: ${audit.filter((r) => r.listStart < r.commit).length} of ${audit.length}`,
          }),
          figure({ ...renderStart, value: median(audit.map((r) => r.renderStart)) }),
          figure({ ...listStart, value: median(audit.map((r) => r.listStart)) }),
          figure({ ...listEnd, value: median(audit.map((r) => r.listEnd)) }),
          figure({ ...commit, value: median(audit.map((r) => r.commit)) }),
          figure({ ...refListStart, value: median(bare.map((r) => r.listStart)) }),
          figure({ ...refListEnd, value: median(bare.map((r) => r.listEnd)) }),
        );
      } catch (error) {
        figures.push(...unmeasured(planned.first, error));
      }

    if (parts.includes('scroll'))
      try {
        /** @type {ScrollResult[]} */
        const scrolls = [];
        /** @type {number[]} */
        const baselineP95s = [];
        /** @type {Array<ReturnType<typeof frameDrops>>} */
        const drops = [];
        const scrollRuns = Math.max(runs, MIN_SCROLL_RUNS);
        for (let i = 0; i < scrollRuns; i++) {
          const result = await scrollRun(browser, auditUrl(`paging=infinite&pageSize=${FILTER_PAGE}`));
          scrolls.push(result);
          const baseline = await baselineFrames(browser);
          baselineP95s.push(percentile(baseline, 95));
          const dropped = frameDrops(result.frames, median(baseline));
          drops.push(dropped);
          log(
            `  scroll run ${i + 1}/${scrollRuns}: ${result.frames.length} frames in ${round(result.seconds, 1)} s, ` +
              `p95 ${round(percentile(result.frames, 95), 1)} ms (empty page ${round(baselineP95s.at(-1) ?? 0, 1)} ms), ` +
              `${dropped.long} frames over ${round(dropped.limit, 1)} ms ${JSON.stringify(dropped.histogram)}, ` +
              `≤ ${result.maxRows} rows in the DOM, ${result.longTasks.length} long tasks` +
              (result.longTasks.length ? ` (longest ${round(Math.max(...result.longTasks), 0)} ms)` : ''),
          );
        }
        const p95s = scrolls.map((s) => percentile(s.frames, 95));
        const gaps = p95s.map((p95, i) => p95 - /** @type {number} */ (baselineP95s[i]));
        const [domRows, frameP95, baselineP95, gap, frameP50, longFrames, longTasks, longest, seconds] =
          planned.scroll;
        figures.push(
          figure({
            ...domRows,
            value: Math.max(...scrolls.map((s) => s.maxRows)),
            note: 'the most over every frame of every run',
          }),
          figure({
            ...frameP95,
            value: median(p95s),
            runs: p95s.map((v) => round(v, 1)),
            note: `rAF deltas while scrolling ${SCROLL_STEP} px a frame; frames: ${scrolls.map((s) => s.frames.length).join(', ')}`,
          }),
          figure({ ...baselineP95, value: median(baselineP95s), runs: baselineP95s.map((v) => round(v, 1)) }),
          figure({
            ...gap,
            value: Math.max(...gaps),
            runs: gaps.map((v) => round(v, 2)),
            note: `each run against the empty page scrolled right after it; ${scrollRuns} runs`,
          }),
          figure({ ...frameP50, value: median(scrolls.map((s) => percentile(s.frames, 50))) }),
          figure({
            ...longFrames,
            value: Math.max(...drops.map((d) => d.long)),
            runs: drops.map((d) => d.long),
            histogram: drops.map((d) => d.histogram),
            note: `a run's frames over ${LONG_FRAME_FACTOR}× the median frame of the empty page scrolled right after it (${drops.map((d) => `${round(d.limit, 1)} ms`).join(', ')}); frames a run with one, two, three or more dropped: ${drops.map((d) => `${d.histogram.oneDropped}/${d.histogram.twoDropped}/${d.histogram.moreDropped}`).join(', ')}`,
          }),
          figure({
            ...longTasks,
            value: Math.max(...scrolls.map((s) => s.longTasks.length)),
            runs: scrolls.map((s) => s.longTasks.length),
            note: `long tasks a run: ${scrolls.map((s) => s.longTasks.length).join(', ')}`,
          }),
          figure({ ...longest, value: Math.max(0, ...scrolls.flatMap((s) => s.longTasks)) }),
          figure({ ...seconds, value: median(scrolls.map((s) => s.seconds)) }),
        );
      } catch (error) {
        figures.push(...unmeasured(planned.scroll, error));
      }

    if (parts.includes('shift'))
      try {
        /** @type {Array<{ score: number, moved: number, at: string }>} */
        const loads = [];
        for (const shiftLatency of SHIFT_LATENCIES) {
          await mock.send({ type: 'scenario', scenario: { latencyMs: shiftLatency } });
          for (const width of SHIFT_WIDTHS)
            for (let i = 0; i < Math.max(runs, 1); i++) {
              const shift = await loadShift(browser, auditUrl('paging=pages&pageSize=20&below=1'), width);
              loads.push({ ...shift, at: `${width} px, API ${shiftLatency} ms` });
            }
        }
        await mock.send({ type: 'scenario', scenario: { latencyMs } });
        log(
          `  layout shift: ${loads.map((l) => `${l.at}: ${round(l.score, 4)} (${round(l.moved, 0)} px)`).join('; ')}`,
        );
        const worst = loads.reduce((a, b) => (b.score > a.score ? b : a));
        const farthest = loads.reduce((a, b) => (b.moved > a.moved ? b : a));
        const [score, moved] = planned.shift;
        figures.push(
          figure({
            ...score,
            value: worst.score,
            runs: loads.map((l) => round(l.score, 4)),
            note: `worst at ${worst.at}; a host paragraph below the log; ${SHIFT_WIDTHS.join(' and ')} px wide, the API answering in ${SHIFT_LATENCIES.join(' and ')} ms`,
          }),
          figure({ ...moved, value: farthest.moved, note: `at ${farthest.at}` }),
        );
      } catch (error) {
        figures.push(...unmeasured(planned.shift, error));
      }
  } finally {
    await browser.close();
    for (const site of sites) await site.close();
    await mock.stop();
  }
  return figures;
}
