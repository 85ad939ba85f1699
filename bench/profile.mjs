// Where the page's time goes: Chromium's sampling profiler and a trace (over CDP) of the rendering benchmark's
// filter change or first load, on an unminified build of the same bench page, so a miss in bench/README.md can
// name the component, function or style work that takes the time. Not a benchmark: profiling slows the page down,
// so only the shares matter.
//
//   cd bench && node profile.mjs filter   # 10 filter changes on the 200-row page
//   cd bench && node profile.mjs first    # 5 fresh loads up to the first 10 rows
//   cd bench && node profile.mjs scroll   # an infinite scroll through the first 2,000 of 10,000 rows
//
// Prints, for the measured windows only (click to painted, or navigation to the first rows painted): the main
// thread's time by trace event (style, layout, paint, script), then the JavaScript self time by function.
// With PROFILE_WINDOW=rest the filter change's windows are the rest of the page instead (first rows painted to
// all rows painted). PROFILE_SELECTORS=1 adds Chromium's selector statistics (the costliest CSS selectors);
// PROFILE_CSS='…' adds a style sheet first, to try what a rule costs. PROFILE_TASKS=1 adds, for the first three
// windows, the main thread's tasks one by one (from the task the window starts in) with the page's requests, so it
// shows what an answer waited for. PROFILE_SAMPLER=0 leaves the sampler off (the trace alone), so the tasks'
// durations are the page's own, not inflated by sampling. The raw profile and trace are written to results/tmp/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './lib/openBenchPage.mjs';
import { tmpDir } from './lib/paths.mjs';
import { openRenderingSite } from './lib/renderingSite.mjs';

/** @typedef {{ name: string, ph: string, ts: number, dur: number, pid: number, tid: number, args?: any }} TraceEvent */
/** PROFILE_SAMPLER=0 records the trace alone: the tasks' durations without the sampler's overhead. */
const sampled = process.env.PROFILE_SAMPLER !== '0';
/** @typedef {Array<[number, number]>} Windows start and end of each measured window, in trace microseconds */

const what = /** @type {'filter' | 'first' | 'scroll'} */ (
  ['first', 'scroll'].includes(process.argv[2] ?? '') ? process.argv[2] : 'filter'
);
const severities = ['Info', 'Medium', 'High', 'Critical', 'Error'];
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(process.env.PROFILE_SELECTORS ? ['disabled-by-default-blink.debug'] : []),
  ...(process.env.PROFILE_INVALIDATIONS
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
];

const site = await openRenderingSite({ minify: false });
const { browser } = site;
try {
  // The first-rows figure loads 20 rows a page (bench/rendering.mjs); the filter and scroll figures 200.
  const url = (/** @type {string} */ paging, pageSize = 200) => site.url(paging, pageSize);
  const { profile, events } =
    what === 'filter'
      ? await filterChanges(url('pages'))
      : what === 'first'
        ? await firstLoads(url('pages', 20))
        : await scroll(url('infinite'));
  writeFileSync(join(tmpDir, `profile-${what}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(tmpDir, `trace-${what}.json`), JSON.stringify({ traceEvents: events }));
  const windows = measuredWindows(events);
  reportTrace(events, windows);
  reportProfile(profile, windows);
  if (process.env.PROFILE_SELECTORS) reportSelectors(events);
  if (process.env.PROFILE_TASKS) reportTasks(events, windows);
} finally {
  await site.close();
}

/**
 * Runs `task` with the sampling profiler and a trace recording, both on the page's renderer.
 *
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} task
 */
async function recorded(page, task) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories });
  if (sampled) await cdp.send('Profiler.start');
  await task();
  const { profile } = sampled
    ? await cdp.send('Profiler.stop')
    : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
  /** @type {TraceEvent[]} */
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  return { profile, events };
}

/** @param {string} url */
async function filterChanges(url) {
  const page = await openPage(browser, url);
  await page.locator('tr[data-slot="audit-table-row"]').nth(199).waitFor({ timeout: 30_000 });
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  await page.getByRole('button', { name: /^Severity/ }).click();
  // The window starts at the click (capture phase, as the benchmark's clock); the probe marks its end, the paint
  // of the first new rows.
  await page.evaluate(() =>
    document.addEventListener('click', () => console.timeStamp('auditkit:start'), { capture: true }),
  );
  const result = await recorded(page, async () => {
    for (let i = 1; i <= 10; i++) {
      const probe = page.evaluate(() => /** @type {any} */ (window).measureNextFilterChange(200));
      const checkbox = page.getByRole('checkbox', { name: severities[Math.log2(i & -i)], exact: true });
      // Found before the click, so the locator's own work in the page stays outside the measured window.
      await checkbox.waitFor();
      await checkbox.click();
      const timing = await probe;
      console.log(
        `change ${i}: ${Math.round(timing.first.total)} ms, request ${Math.round(timing.first.request)} ms`,
      );
    }
  });
  await page.context().close();
  return result;
}

/** @param {string} url */
async function scroll(url) {
  const page = await openPage(browser, url);
  await page.locator('tr[data-slot="audit-table-row"]').first().waitFor({ timeout: 30_000 });
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  const result = await recorded(page, async () => {
    await page.evaluate(() => console.timeStamp('auditkit:start'));
    const run = await page.evaluate((options) => /** @type {any} */ (window).scrollThrough(options), {
      target: Number(process.env.PROFILE_SCROLL_TARGET) || 2000,
      step: 480,
      timeoutMs: 120_000,
    });
    await page.evaluate(() => console.timeStamp('auditkit:end'));
    const sorted = [...run.frames].sort((a, b) => a - b);
    console.log(
      `${run.frames.length} frames, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, long tasks ${run.longTasks.map(Math.round).join(', ')}`,
    );
  });
  await page.context().close();
  return result;
}

/** @param {string} url */
async function firstLoads(url) {
  /** @type {{ profile: any, events: TraceEvent[] } | undefined} */
  let merged;
  // Two loads first, not recorded: the mock's process answers its first requests 70–120 ms late (warming up), so
  // cold windows waited on the network and misread the main thread's share (the benchmark's first rows come after
  // its filter part has warmed it).
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('tr[data-slot="audit-table-row"]').nth(9).waitFor({ timeout: 30_000 });
    await context.close();
  }
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      console.timeStamp('auditkit:start');
      /** @type {any} */ (window).firstRowsPainted = new Promise((resolve) => {
        const watch = new MutationObserver(() => {
          if (document.querySelectorAll('tr[data-slot="audit-table-row"]').length < 10) return;
          watch.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              console.timeStamp('auditkit:end');
              resolve(null);
            }),
          );
        });
        watch.observe(document, { childList: true, subtree: true });
      });
    });
    const result = await recorded(page, async () => {
      await page.goto(url);
      // The page's own probe, as bench/rendering.mjs waits: a locator would poll with Playwright's injected
      // script (some 30 ms of the page's main thread) inside the measured window.
      await page.evaluate(() => /** @type {any} */ (window).firstRowsPainted, undefined, { timeout: 30_000 });
      await page.waitForTimeout(100);
    });
    merged = merged
      ? {
          profile: mergeProfiles(merged.profile, result.profile),
          events: [...merged.events, ...result.events],
        }
      : result;
    await context.close();
  }
  return /** @type {{ profile: any, events: TraceEvent[] }} */ (merged);
}

/** Appends one profile's samples to another's (node ids made unique), so the report sums over every load. */
function mergeProfiles(/** @type {any} */ a, /** @type {any} */ b) {
  const offset = Math.max(...a.nodes.map((/** @type {any} */ n) => n.id));
  return {
    ...b,
    startTime: a.startTime,
    nodes: [
      ...a.nodes,
      ...b.nodes.map((/** @type {any} */ n) => ({
        ...n,
        id: n.id + offset,
        children: n.children?.map((/** @type {number} */ c) => c + offset),
      })),
    ],
    samples: [...a.samples, ...b.samples.map((/** @type {number} */ s) => s + offset)],
    // Deltas are relative; the gap between the two recordings goes into b's first delta.
    timeDeltas: [...a.timeDeltas, b.startTime - a.endTime + (b.timeDeltas[0] ?? 0), ...b.timeDeltas.slice(1)],
  };
}

/** @param {TraceEvent[]} events @returns {Windows} */
function measuredWindows(events) {
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('auditkit:'))
    .sort((a, b) => a.ts - b.ts);
  /** @type {Windows} */
  const windows = [];
  const [from, to] =
    process.env.PROFILE_WINDOW === 'rest'
      ? ['auditkit:end', 'auditkit:all']
      : ['auditkit:start', 'auditkit:end'];
  marks.forEach((mark, i) => {
    const next = marks[i + 1];
    if (mark.args.data.message === from && next?.args.data.message === to) windows.push([mark.ts, next.ts]);
  });
  return windows;
}

/** Main-thread time inside the windows by trace event (nested events count in their parents too). */
function reportTrace(/** @type {TraceEvent[]} */ events, /** @type {Windows} */ windows) {
  const threads = new Set(events.filter((e) => e.name === 'TimeStamp').map((e) => `${e.pid}:${e.tid}`));
  /** @type {Map<string, number>} */
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !threads.has(`${e.pid}:${e.tid}`)) continue;
    if (!windows.some(([start, end]) => e.ts >= start && e.ts < end)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  const total = windows.reduce((sum, [start, end]) => sum + (end - start) / 1000, 0);
  console.log(
    `\n${windows.length} windows, ${(total / windows.length).toFixed(1)} ms each on average; main thread in them, per window:`,
  );
  for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`${(ms / windows.length).toFixed(1).padStart(8)} ms  ${name}`);
}

/** JavaScript self time inside the windows, by function. */
function reportProfile(/** @type {any} */ profile, /** @type {Windows} */ windows) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  let time = profile.startTime;
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    time += profile.timeDeltas[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some(([start, end]) => time >= start && time < end)) return;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') return;
    const key = url
      ? `${functionName || '(anonymous)'}  ${url.replace(/^.*\//, '')}:${lineNumber + 1}`
      : functionName || '(native)';
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  });
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nsampled self time in the windows, per window (busy ${(total / windows.length).toFixed(1)} ms):`,
  );
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(
      `${(ms / windows.length).toFixed(2).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`,
    );
}

/** Chromium's selector statistics summed over the recording: the CSS selectors that cost the most. */
function reportSelectors(/** @type {TraceEvent[]} */ events) {
  /** @type {Map<string, { us: number, attempts: number, matches: number }>} */
  const sums = new Map();
  for (const e of events.filter((e) => e.name === 'SelectorStats'))
    for (const t of e.args?.selector_stats?.selector_timings ?? []) {
      const sum = sums.get(t.selector) ?? { us: 0, attempts: 0, matches: 0 };
      sum.us += t['elapsed (us)'];
      sum.attempts += t.match_attempts;
      sum.matches += t.match_count;
      sums.set(t.selector, sum);
    }
  const total = [...sums.values()].reduce((a, s) => a + s.us, 0);
  console.log(
    `\nselector matching, whole recording: ${(total / 1000).toFixed(0)} ms; costliest (ms, attempts, matches):`,
  );
  for (const [selector, s] of [...sums].sort((a, b) => b[1].us - a[1].us).slice(0, 20))
    console.log(
      `${(s.us / 1000).toFixed(1).padStart(8)} ${String(s.attempts).padStart(8)} ${String(s.matches).padStart(7)}  ${selector.slice(0, 140)}`,
    );
}

/**
 * The first three windows task by task: when each of the main thread's tasks over 1 ms starts (from the window's
 * start, ms), how long it runs and what it is (an event's dispatch, a timer, a frame), and when each request is
 * sent and its answer is in. A task that is still running when an answer is in holds that answer up.
 */
function reportTasks(/** @type {TraceEvent[]} */ events, /** @type {Windows} */ windows) {
  const kinds = new Set([
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'v8.evaluateModule',
    'ParseHTML',
  ]);
  for (const [start, end] of windows.slice(0, 3)) {
    // The window's renderer: the thread of its start mark (each first load has a renderer of its own).
    const mark = events.find((e) => e.name === 'TimeStamp' && e.ts === start);
    const thread = `${mark?.pid}:${mark?.tid}`;
    const at = (/** @type {number} */ ts) => ((ts - start) / 1000).toFixed(1).padStart(7);
    console.log(`\nwindow of ${((end - start) / 1000).toFixed(1)} ms, task by task (ms from its start):`);
    const lines = [];
    for (const e of events) {
      if (e.ts > end || e.pid !== mark?.pid) continue;
      if (e.name === 'ResourceSendRequest' && e.ts >= start)
        lines.push([
          e.ts,
          `${at(e.ts)}  request sent: ${String(e.args?.data?.url)
            .replace(/^.*\/\/[^/]+/, '')
            .slice(0, 70)}`,
        ]);
      if (e.name === 'ResourceFinish' && e.ts >= start) lines.push([e.ts, `${at(e.ts)}  an answer is in`]);
      if (e.name !== 'RunTask' || `${e.pid}:${e.tid}` !== thread || e.dur < 1000 || e.ts + e.dur < start)
        continue;
      const inner = events.filter(
        (x) =>
          x.ph === 'X' &&
          x.tid === e.tid &&
          x.pid === e.pid &&
          kinds.has(x.name) &&
          x.ts >= e.ts &&
          x.ts < e.ts + e.dur,
      );
      const what = [
        ...new Set(inner.map((x) => (x.args?.data?.type ? `${x.name}(${x.args.data.type})` : x.name))),
      ];
      lines.push([
        e.ts,
        `${at(e.ts)}  task ${(e.dur / 1000).toFixed(1).padStart(5)} ms  ${what.slice(0, 6).join(', ')}`,
      ]);
    }
    for (const [, line] of lines.sort((a, b) => a[0] - b[0])) console.log(line);
  }
}
