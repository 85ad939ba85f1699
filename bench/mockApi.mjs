// Mock API: the standalone server (`startStandaloneServer` from the built @auditkit/mock-api/node, in a child
// process of its own) under a bounded loopback load from this process, and the server's memory during a 1,000,000-event export as measured by
// the mock-api engineer's bench/mock-api/exportMemory.mjs (run here as a child process, its figures folded in).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchTenant, exportProperties } from './lib/benchDataset.mjs';
import { figure, median, MissingPieceError, percentile, round, unmeasured } from './lib/figures.mjs';
import { benchDir, resultsDir } from './lib/paths.mjs';
import { startMockServer } from './lib/startMockServer.mjs';
import { distFile, requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */

const group = 'mockApi';
const MB = 1e6;
const MiB = 1024 * 1024;
/** Requests per list run and how many are in flight at once: a bounded load, never a flood. */
const LIST_REQUESTS = 2_000;
const LIST_CONCURRENCY = 8;
const EXPORT_EVENTS = 100_000;

/**
 * Sends `total` requests with at most `concurrency` in flight; returns requests per second and latencies.
 *
 * @param {number} total
 * @param {number} concurrency
 * @param {(i: number) => Promise<void>} send
 */
async function boundedLoad(total, concurrency, send) {
  /** @type {number[]} */
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await send(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: total / ((performance.now() - started) / 1000), latencies };
}

/**
 * @param {{ runs: number, log: (line: string) => void }} options
 * @returns {Promise<Figure[]>}
 */
async function serverLoad({ runs, log }) {
  const planned = [
    {
      id: 'mockApi.list.rps',
      group,
      label: `list (20 a page), ${LIST_CONCURRENCY} in flight`,
      unit: 'req/s',
    },
    { id: 'mockApi.list.p95', group, label: 'list latency p95 under that load', unit: 'ms' },
    {
      id: 'mockApi.export.MBps',
      group,
      label: `export stream over HTTP, ${EXPORT_EVENTS / 1000}k events`,
      unit: 'MB/s',
    },
  ];
  /** @type {Awaited<ReturnType<typeof startMockServer>> | undefined} */
  let server;
  try {
    requireExports(
      'mock-api',
      ['startStandaloneServer', 'createMockAuditApi', 'demoToken', 'auditColumns'],
      'node.js',
    );
    const mock = await import('@auditkit/mock-api/node');
    const running = await startMockServer();
    server = running;
    const token = await mock.demoToken(mock.demoIdentities.tenantAAdmin);
    const headers = { authorization: `Bearer ${token}` };
    const size = mock.DEFAULT_EVENTS_PER_TENANT;

    /** @param {number} i */
    const list = async (i) => {
      // Pages spread over the whole default dataset, walked in a fixed order so every run asks the same.
      const offset = ((i * 7919) % Math.max(1, size / 20)) * 20;
      const response = await fetch(
        `${running.url}/audits/resources/audits/v2?count=20&offset=${offset}&sortBy=createdAt&sortDirection=desc`,
        { headers },
      );
      if (response.status !== 200) throw new Error(`list answered ${response.status}`);
      await response.arrayBuffer();
    };
    const exportOnce = async () => {
      await running.send({
        type: 'scenario',
        scenario: { eventsPerTenant: { [benchTenant]: EXPORT_EVENTS } },
      });
      const started = performance.now();
      // The one-stream export as the client sends it: the legacy route with `offset=0` and no `count` (the v2
      // route's `count` is 1–200, and the audits document requires `offset`).
      const response = await fetch(`${running.url}/audits/export/csv?offset=0`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ properties: exportProperties(mock.auditColumns) }),
      });
      if (response.status !== 201 || !response.body) throw new Error(`export answered ${response.status}`);
      let bytes = 0;
      for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (
        /** @type {unknown} */ (response.body)
      )) {
        bytes += chunk.byteLength;
      }
      await running.send({ type: 'reset' });
      return bytes / MB / ((performance.now() - started) / 1000);
    };

    await boundedLoad(200, LIST_CONCURRENCY, list); // warm-up: JIT, keep-alive sockets, the mock's query cache
    /** @type {number[]} */
    const rps = [];
    /** @type {number[]} */
    const p95 = [];
    /** @type {number[]} */
    const exportRates = [];
    for (let i = 0; i < runs; i++) {
      const result = await boundedLoad(LIST_REQUESTS, LIST_CONCURRENCY, list);
      rps.push(result.perSecond);
      p95.push(percentile(result.latencies, 95));
      exportRates.push(await exportOnce());
      log(
        `  mock-api run ${i + 1}/${runs}: ${round(result.perSecond, 0)} list req/s, export ${round(exportRates.at(-1) ?? 0, 1)} MB/s`,
      );
    }
    return [
      figure({
        ...planned[0],
        value: median(rps),
        runs: rps.map((v) => round(v, 0)),
        note: `${LIST_REQUESTS} requests a run`,
      }),
      figure({ ...planned[1], value: median(p95) }),
      figure({ ...planned[2], value: median(exportRates), runs: exportRates.map((v) => round(v)) }),
    ];
  } catch (error) {
    return unmeasured(planned, error);
  } finally {
    await server?.stop();
  }
}

/** Events of the column-sort figure: the most a tenant may hold. */
const SORT_EVENTS = 1_000_000;
/** A query the mock has not cached in each run: its column and direction (the match cache keeps 3). */
const SORTS = [
  ['action', 'asc'],
  ['email', 'desc'],
  ['severity', 'asc'],
  ['resource', 'desc'],
  ['ip', 'asc'],
];

/**
 * What a list sorted by a column over a million events costs the server's other connections: while that request is
 * in flight, one-event list requests (sorted by time, no scan) go one after another, and the slowest answer is
 * how long the server's event loop was held at once. Reference: the same requests to the idle server, same run.
 *
 * @param {{ runs: number, log: (line: string) => void }} options
 * @returns {Promise<Figure[]>}
 */
async function columnSort({ runs, log }) {
  const planned = [
    {
      id: 'mockApi.columnSort.probeMax',
      group,
      label: `${SORT_EVENTS / 1e6}M events sorted by a column: another request's slowest answer meanwhile`,
      unit: 'ms',
      budget: { op: /** @type {const} */ ('<='), value: 100 },
    },
    {
      id: 'mockApi.columnSort.probeIdle',
      group,
      label: '… the same requests to the idle server: slowest answer (reference)',
      unit: 'ms',
    },
    {
      id: 'mockApi.columnSort.seconds',
      group,
      label: `${SORT_EVENTS / 1e6}M events sorted by a column: its first page answered in`,
      unit: 's',
    },
  ];
  /** @type {Awaited<ReturnType<typeof startMockServer>> | undefined} */
  let server;
  try {
    const mock = await import('@auditkit/mock-api/node');
    const running = await startMockServer();
    server = running;
    await running.send({
      type: 'scenario',
      scenario: { latencyMs: 0, eventsPerTenant: { [benchTenant]: SORT_EVENTS } },
    });
    const token = await mock.demoToken(mock.demoIdentities.tenantAAdmin);
    const headers = { authorization: `Bearer ${token}` };
    const v2 = `${running.url}/audits/resources/audits/v2`;
    /** @param {string} query */
    const get = async (query) => {
      const response = await fetch(`${v2}?${query}`, { headers });
      if (response.status !== 200) throw new Error(`list answered ${response.status}`);
      await response.arrayBuffer();
    };
    const probe = async () => {
      const started = performance.now();
      await get('count=1&offset=0&sortBy=createdAt&sortDirection=desc');
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await probe(); // warm-up: JIT, the keep-alive socket, the dataset's first pages
    /** @type {number[]} */
    const busy = [];
    /** @type {number[]} */
    const idle = [];
    /** @type {number[]} */
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      const [column, direction] = /** @type {[string, string]} */ (SORTS[i % SORTS.length]);
      let idleMax = 0;
      for (let k = 0; k < 50; k++) idleMax = Math.max(idleMax, await probe());
      idle.push(idleMax);
      const started = performance.now();
      let done = false;
      const sorted = get(`count=20&offset=0&sortBy=${column}&sortDirection=${direction}`).finally(() => {
        done = true;
      });
      let busyMax = 0;
      let probes = 0;
      while (!done) {
        busyMax = Math.max(busyMax, await probe());
        probes++;
      }
      await sorted;
      seconds.push((performance.now() - started) / 1000);
      busy.push(busyMax);
      log(
        `  mock-api column sort ${i + 1}/${runs} (${column} ${direction}): ${round(seconds.at(-1) ?? 0, 2)} s, ` +
          `${probes} requests meanwhile, slowest ${round(busyMax, 0)} ms (idle ${round(idleMax, 0)} ms)`,
      );
    }
    return [
      figure({
        ...planned[0],
        value: Math.max(...busy),
        runs: busy.map((v) => round(v, 0)),
        note: 'worst run; one request at a time while the sort is in flight',
      }),
      figure({ ...planned[1], value: Math.max(...idle), runs: idle.map((v) => round(v, 0)) }),
      figure({ ...planned[2], value: median(seconds), runs: seconds.map((v) => round(v, 2)) }),
    ];
  } catch (error) {
    return unmeasured(planned, error);
  } finally {
    await server?.stop();
  }
}

/**
 * Runs bench/mock-api/exportMemory.mjs (owned by the mock-api package) and folds its JSON into figures.
 *
 * @returns {Figure[]}
 */
function exportMemory() {
  const planned = [
    { id: 'mockApi.memory.rssGrowth', group, label: '1M-event export: server RSS growth, peak', unit: 'B' },
    { id: 'mockApi.memory.heapGrowth', group, label: '1M-event export: server heap growth, peak', unit: 'B' },
    { id: 'mockApi.memory.rssPeak', group, label: '1M-event export: server RSS, peak', unit: 'B' },
    { id: 'mockApi.memory.MBps', group, label: '1M-event export over HTTP (6 columns)', unit: 'MB/s' },
  ];
  try {
    distFile('mock-api', 'node.js');
    const script = join(benchDir, 'mock-api', 'exportMemory.mjs');
    if (!existsSync(script))
      throw new MissingPieceError('bench/mock-api/exportMemory.mjs does not exist yet (mock-api owns it).');
    const child = spawnSync(process.execPath, [script], {
      cwd: benchDir,
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (child.status !== 0)
      throw new Error(
        `exportMemory.mjs exited ${child.status}: ${(child.stderr || child.stdout).trim().split('\n').pop()}`,
      );
    const result = JSON.parse(readFileSync(join(resultsDir, 'mock-api-memory.json'), 'utf8'));
    const rss = result.serverRssMb;
    const heap = result.serverHeapUsedMb;
    const note = `${result.rows} rows, ${round(result.bytes / MB, 1)} MB in ${result.seconds} s (bench/mock-api/exportMemory.mjs)`;
    return [
      figure({
        ...planned[0],
        value: (rss.peak - rss.start) * MiB,
        note: `RSS ${rss.start} → ${rss.peak} → ${rss.end} MiB`,
      }),
      figure({
        ...planned[1],
        value: (heap.peak - heap.start) * MiB,
        note: `heap used ${heap.start} → ${heap.peak} → ${heap.end} MiB`,
      }),
      figure({ ...planned[2], value: rss.peak * MiB }),
      figure({ ...planned[3], value: result.bytes / MB / result.seconds, note }),
    ];
  } catch (error) {
    return unmeasured(planned, error);
  }
}

/**
 * Runs the mock API benchmarks.
 *
 * @param {{ runs: number, log: (line: string) => void }} options
 * @returns {Promise<Figure[]>}
 */
export async function run(options) {
  return [...(await serverLoad(options)), ...(await columnSort(options)), ...exportMemory()];
}
