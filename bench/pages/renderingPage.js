// Bench page: <AuditLog> as an embedder ships it (built dist and styles.css), on the in-page mock worker with
// 0 ms latency, plus the probes the rendering benchmark reads. `?paging=pages|infinite&events=N`.
import '@auditkit/components/styles.css';
import { AuditLog } from '@auditkit/components';
import { createAuditClient, defaultAuditQuery } from '@auditkit/headless';
import { createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { startMockWorker } from '@auditkit/mock-api/browser';
import { QueryClient } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { benchNow, benchSeed, benchTenant } from '../lib/benchDataset.mjs';

const params = new URLSearchParams(location.search);
const paging = params.get('paging') === 'infinite' ? 'infinite' : 'pages';
const events = Number(params.get('events') ?? 10_000);

const api = createMockAuditApi({ seed: benchSeed, now: benchNow, eventsPerTenant: 0 });
api.setScenario({ latencyMs: 0, eventsPerTenant: { [benchTenant]: events } });
await startMockWorker(api);
const token = await demoToken(demoIdentities.tenantAAdmin);
const client = createAuditClient({ baseUrl: '/frontegg', getToken: () => token });
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

const rowSelector = 'tr[data-slot="audit-table-row"]';
const table = () => document.querySelector('[data-slot="audit-table"]');
const rowCount = () => document.querySelectorAll(rowSelector).length;

/** Resolves after the frame that follows now has been painted: a task queued from rAF runs after that paint. */
const afterNextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

/**
 * The list request's share of a filter change (from the resource timing entry of the last list request started
 * after the click): `request` is its start to its response end (the mock worker's answer), `client` the rest.
 *
 * @param {number} started
 * @param {number} painted
 */
function filterTiming(started, painted) {
  const lists = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/audits/resources/audits/v2?') && entry.startTime >= started);
  const entry = lists.at(-1);
  const request = entry ? entry.responseEnd - entry.startTime : Number.NaN;
  return { total: painted - started, request, client: painted - started - request };
}

/**
 * Arms a probe for one filter change: the clock starts at the next click (capture phase on the document, before
 * React sees it) and stops after the paint of the commit that takes the table out of its busy state with the new
 * rows. Resolves with the milliseconds between the two, split at the list request the change caused.
 *
 * @returns {Promise<{ total: number, request: number, client: number }>}
 */
function measureNextFilterChange() {
  return new Promise((resolve, reject) => {
    let started = 0;
    let sawBusy = false;
    let rowsChanged = false;
    const observer = new MutationObserver((records) => {
      if (!started) return;
      const current = table();
      if (!current) return;
      if (current.hasAttribute('aria-busy')) {
        sawBusy = true;
        return;
      }
      rowsChanged ||= records.some((record) => record.type === 'childList');
      if (sawBusy || rowsChanged) {
        observer.disconnect();
        clearTimeout(timeout);
        afterNextPaint().then((painted) => resolve(filterTiming(started, painted)));
      }
    });
    const onClick = () => {
      started = performance.now();
      const root = document.querySelector('[data-slot="audit-table-container"]');
      if (!root) reject(new Error('no [data-slot="audit-table-container"] on the page'));
      else
        observer.observe(root, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['aria-busy'],
        });
    };
    document.addEventListener('click', onClick, { capture: true, once: true });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no new rows within 10 s of the filter change (${rowCount()} rows on the page)`));
    }, 10_000);
  });
}

/**
 * Scrolls the table's scroll container down by `step` px a frame, waiting at the bottom while the next page
 * loads, until `target` rows are loaded and the bottom is reached. Records every rAF delta, the largest number
 * of rows in the DOM and the long tasks seen meanwhile.
 *
 * @param {{ target: number, step: number, timeoutMs?: number }} options
 */
function scrollThrough({ target, step, timeoutMs = 120_000 }) {
  const container = document.querySelector('[data-slot="audit-table-container"]');
  if (!container) throw new Error('no [data-slot="audit-table-container"] on the page');
  /** @type {number[]} */
  const longTasks = [];
  const longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  longTaskObserver.observe({ type: 'longtask' });
  /** @type {number[]} */
  const frames = [];
  let maxRows = 0;
  let loaded = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let last = performance.now();
    const frame = (now) => {
      frames.push(now - last);
      last = now;
      maxRows = Math.max(maxRows, rowCount());
      // Rows are virtualised: the last rendered row body carries the index of the last row reached.
      const bodies = document.querySelectorAll('tbody[data-slot="audit-table-body"][data-index]');
      loaded = Math.max(loaded, Number(bodies[bodies.length - 1]?.getAttribute('data-index') ?? -1) + 1);
      const atBottom = container.scrollTop + container.clientHeight >= container.scrollHeight - 1;
      if (loaded >= target && atBottom) {
        longTaskObserver.disconnect();
        resolve({ frames, maxRows, loaded, longTasks, seconds: (performance.now() - started) / 1000 });
        return;
      }
      if (now - started > timeoutMs) {
        longTaskObserver.disconnect();
        reject(new Error(`scrolled ${loaded} of ${target} rows in ${timeoutMs / 1000} s`));
        return;
      }
      container.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
}

createRoot(document.getElementById('root')).render(
  h(AuditLog, {
    client,
    queryClient,
    paging,
    defaultQuery: { ...defaultAuditQuery, pageSize: 200 },
    // No polling: a poll landing inside a measurement would time the poll, not the filter change.
    newEventsInterval: false,
    theme: 'light',
  }),
);

Object.assign(window, { measureNextFilterChange, scrollThrough, rowCount, benchReady: true });
