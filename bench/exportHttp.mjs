// Export over loopback HTTP: the browser engine against the standalone mock in its own process, cross-origin as a
// real API usually is, instead of the in-page service worker of export.mjs (where the mock's handler runs on the
// page's own main thread and is counted against the engine). The paged export makes one request per 200 events
// (the v2 API's limit), so beside the paged ÷ one-stream ratio this measures the same requests fetched and read
// with no engine at all: the ceiling any paged engine has on this machine. With /proc it also reports the CPU the
// browser and the mock server spend, to show when the wall time is bound by the machine's cores.
// Cross-origin, each page's URL is new (its offset), and Chromium keys its preflight cache by URL: every page costs
// a CORS preflight first (counted here). So the same exports run again with the page on the API's own origin, as an
// embed reaches it behind a proxy prefix (which Frontegg's SDKs offer), without a proxy's own cost.
import { pathToFileURL } from 'node:url';
import { benchTenant } from './lib/benchDataset.mjs';
import { figure, median, round, unmeasured } from './lib/figures.mjs';
import { buildAndServe, launchChromium, openPage } from './lib/openBenchPage.mjs';
import { canReadProcessCpu, processTreeCpuByKind, processTreeCpuSeconds } from './lib/processCpuSeconds.mjs';
import { startMockServer } from './lib/startMockServer.mjs';
import { distFile, requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */
/** @typedef {{ bytes: number, seconds: number, rows?: number, status?: string, cpu?: { browser: number, kinds: Record<string, number>, mock: number } }} Run */

const group = 'exportHttp';
/** Pages in flight while only fetching: the engine's lookahead (6) and the page being written. */
const inFlight = 7;
const MB = 1e6;

/** @param {{ runs: number, log: (line: string) => void }} options */
export async function run({ runs, log }) {
  const events = Number(process.env.BENCH_PAGED_EVENTS ?? 100_000);
  const k = `${events / 1000}k events over HTTP`;
  const planned = [
    { id: 'exportHttp.stream.MBps', group, label: `${k}, one stream: browser engine`, unit: 'MB/s' },
    {
      id: 'exportHttp.paged.MBps',
      group,
      label: `${k}, paged v2 (200 a request): browser engine`,
      unit: 'MB/s',
    },
    {
      id: 'exportHttp.paged.ratio',
      group,
      label: `${k}: paged ÷ one-stream throughput`,
      unit: 'ratio',
      budget: { op: /** @type {const} */ ('>='), value: 0.5 },
    },
    {
      id: 'exportHttp.paged.preflights',
      group,
      label: `${k}, paged: CORS preflights a run (cross-origin)`,
      unit: 'requests',
    },
    {
      id: 'exportHttp.sameOrigin.stream.MBps',
      group,
      label: `${k}, same origin, one stream: browser engine`,
      unit: 'MB/s',
    },
    {
      id: 'exportHttp.sameOrigin.paged.MBps',
      group,
      label: `${k}, same origin, paged v2: browser engine`,
      unit: 'MB/s',
    },
    {
      id: 'exportHttp.sameOrigin.paged.ratio',
      group,
      label: `${k}, same origin: paged ÷ one-stream throughput`,
      unit: 'ratio',
      budget: { op: /** @type {const} */ ('>='), value: 0.5 },
    },
    {
      id: 'exportHttp.requestsOnly.MBps',
      group,
      label: `${k}: the paged export's requests alone, read and dropped`,
      unit: 'MB/s',
    },
    {
      id: 'exportHttp.requestsOnly.ratio',
      group,
      label: `${k}: requests alone ÷ one stream (the ceiling of the paged ratio)`,
      unit: 'ratio',
    },
    { id: 'exportHttp.stream.cpu', group, label: `${k}, one stream: CPU, browser + mock server`, unit: 's' },
    { id: 'exportHttp.paged.cpu', group, label: `${k}, paged: CPU, browser + mock server`, unit: 's' },
  ];
  /** @type {Awaited<ReturnType<typeof buildAndServe>> | undefined} */
  let site;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {Awaited<ReturnType<typeof startMockServer>> | undefined} */
  let mock;
  try {
    requireExports('headless', ['createAuditClient', 'defaultAuditQuery', 'downloadAuditCsv']);
    const node = await import(pathToFileURL(distFile('mock-api', 'node.js')).href);
    const token = await node.demoToken(node.demoIdentities.tenantAAdmin);
    mock = await startMockServer();
    const server = mock;
    await server.send({
      type: 'scenario',
      scenario: { latencyMs: 0, eventsPerTenant: { [benchTenant]: events } },
    });
    site = await buildAndServe('exportHttpPage.js');
    browser = await launchChromium();
    const hash = new URLSearchParams({ api: server.url, token });
    const page = await openPage(browser, `${site.url}/#${hash}`);
    // The same page loaded from the mock's own origin (its files answered by Playwright's routing while it loads):
    // the API on the page's origin, with no preflight and no proxy between them.
    const samePage = await openPage(browser, `${server.url}/#${hash}`, { files: site.dir });
    const cpu = () =>
      canReadProcessCpu
        ? {
            kinds: processTreeCpuByKind(process.pid, [server.pid]),
            mock: processTreeCpuSeconds(server.pid),
          }
        : undefined;
    /** @param {() => Promise<Run>} task @returns {Promise<Run>} */
    const measured = async (task) => {
      const before = cpu();
      const result = await task();
      const after = cpu();
      if (!before || !after) return result;
      /** @type {Record<string, number>} */
      const kinds = {};
      for (const [kind, seconds] of Object.entries(after.kinds))
        kinds[kind] = seconds - (before.kinds[kind] ?? 0);
      const browser = Object.values(kinds).reduce((sum, seconds) => sum + seconds, 0);
      return { ...result, cpu: { browser, kinds, mock: after.mock - before.mock } };
    };
    /** @param {'stream' | 'paged'} strategy @param {import('playwright-core').Page} [on] */
    const exportRun = (strategy, on = page) =>
      measured(async () => {
        const result = /** @type {Run} */ (
          await on.evaluate((options) => /** @type {any} */ (window).runExport(options), { strategy })
        );
        if (result.status !== 'done' || result.rows !== events) {
          throw new Error(
            `the ${strategy} export ended ${result.status} with ${result.rows} of ${events} rows`,
          );
        }
        return result;
      });
    const requestsRun = () =>
      measured(
        async () =>
          /** @type {Run} */ (
            await page.evaluate((options) => /** @type {any} */ (window).fetchPages(options), {
              // The engine's pages: 200 events, then 199 new ones a page (each starts with the one before's last).
              pages: 1 + Math.ceil((events - 200) / 199),
              inFlight,
              createdTo: new Date().toISOString(),
            })
          ),
      );

    // Warm the pages and the connections before anything is measured, counting the cross-origin page's CORS
    // preflights meanwhile (DevTools' network events only here: they cost time in every request).
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    let preflights = 0;
    devtools.on('Network.requestWillBeSent', (event) => {
      if (event.initiator?.type === 'preflight') preflights += 1;
    });
    await exportRun('stream');
    const streamPreflights = preflights;
    await exportRun('paged');
    const pagedPreflights = preflights - streamPreflights;
    await devtools.detach();
    await exportRun('stream', samePage);
    await exportRun('paged', samePage);
    // Its chunks are loaded now (the export engine's too): the routing that served them would see every request.
    await samePage.context().unrouteAll();
    /** @type {Run[]} */
    const streams = [];
    /** @type {Run[]} */
    const pageds = [];
    /** @type {Run[]} */
    const requests = [];
    /** @type {Run[]} */
    const sameStreams = [];
    /** @type {Run[]} */
    const samePageds = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a slower moment of a shared machine hits every side of the ratios alike.
      streams.push(await exportRun('stream'));
      pageds.push(await exportRun('paged'));
      requests.push(await requestsRun());
      sameStreams.push(await exportRun('stream', samePage));
      samePageds.push(await exportRun('paged', samePage));
      const speeds = [streams[i], pageds[i], requests[i], sameStreams[i], samePageds[i]].map((r) =>
        round((r?.bytes ?? 0) / MB / (r?.seconds ?? 1), 1),
      );
      log(
        `  http run ${i + 1}/${runs}: one stream ${speeds[0]}, paged ${speeds[1]}, requests alone ${speeds[2]} MB/s; ` +
          `same origin: one stream ${speeds[3]}, paged ${speeds[4]} MB/s`,
      );
    }
    /** @param {Run[]} list */
    const speeds = (list) => list.map((r) => r.bytes / MB / r.seconds);
    /** @param {number[]} over @param {number[]} under */
    const ratios = (over, under) => over.map((value, i) => value / /** @type {number} */ (under[i]));
    const [stream, paged, requestsAlone] = [speeds(streams), speeds(pageds), speeds(requests)];
    const [sameStream, samePaged] = [speeds(sameStreams), speeds(samePageds)];
    /** @param {Run[]} list */
    const cpuFigure = (list) => {
      const totals = list.map((r) => (r.cpu ? r.cpu.browser + r.cpu.mock : Number.NaN));
      const split = list.map((r) => (r.cpu ? `${round(r.cpu.browser, 2)} + ${round(r.cpu.mock, 2)}` : 'n/a'));
      // The browser side by kind of process (median over the runs), largest first; under 0.05 s left out.
      const kinds = [...new Set(list.flatMap((r) => Object.keys(r.cpu?.kinds ?? {})))]
        .map((kind) => /** @type {const} */ ([kind, median(list.map((r) => r.cpu?.kinds[kind] ?? 0))]))
        .filter(([, seconds]) => seconds >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, seconds]) => `${kind} ${round(seconds, 2)}`);
      return {
        value: canReadProcessCpu ? median(totals) : null,
        runs: totals.map((v) => round(v, 2)),
        note: canReadProcessCpu
          ? `browser + mock server per run: ${split.join(', ')}; the browser side by process, median: ${kinds.join(', ')}; wall time per run (s): ${list.map((r) => round(r.seconds, 2)).join(', ')}`
          : 'needs /proc (Linux)',
      };
    };
    return [
      figure({ ...planned[0], value: median(stream), runs: stream.map((v) => round(v)) }),
      figure({ ...planned[1], value: median(paged), runs: paged.map((v) => round(v)) }),
      figure({
        ...planned[2],
        value: median(ratios(paged, stream)),
        runs: ratios(paged, stream).map((v) => round(v, 3)),
      }),
      figure({
        ...planned[3],
        value: pagedPreflights,
        note: `one per page (each page's URL is new); the one-stream export: ${streamPreflights}`,
      }),
      figure({ ...planned[4], value: median(sameStream), runs: sameStream.map((v) => round(v)) }),
      figure({ ...planned[5], value: median(samePaged), runs: samePaged.map((v) => round(v)) }),
      figure({
        ...planned[6],
        value: median(ratios(samePaged, sameStream)),
        runs: ratios(samePaged, sameStream).map((v) => round(v, 3)),
        note: `the page served from the mock's origin: no preflights; ${inFlight - 1} pages ahead, written in order`,
      }),
      figure({ ...planned[7], value: median(requestsAlone), runs: requestsAlone.map((v) => round(v)) }),
      figure({
        ...planned[8],
        value: median(ratios(requestsAlone, stream)),
        runs: ratios(requestsAlone, stream).map((v) => round(v, 3)),
        note: `${1 + Math.ceil((events - 200) / 199)} requests, ${inFlight} in flight`,
      }),
      figure({ ...planned[9], ...cpuFigure(streams) }),
      figure({ ...planned[10], ...cpuFigure(pageds) }),
    ];
  } catch (error) {
    return unmeasured(planned, error);
  } finally {
    await browser?.close();
    await site?.close();
    await mock?.stop();
  }
}
