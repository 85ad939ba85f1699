// Export: the browser download engine (`downloadAuditCsv`) against a plain Node stream of the same CSV bytes from
// the mock's generator, in the same run, so the ratio holds on any machine. The heap is the page's JS heap.
import { figure, median, round, unmeasured } from './lib/figures.mjs';
import { nodeCsvStream } from './lib/nodeCsvStream.mjs';
import { buildAndServe, launchChromium, openPage } from './lib/openBenchPage.mjs';
import { requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */
/**
 * @typedef {{ status: string, rows: number, total: number, bytes: number, chunks: number, seconds: number,
 *   heapStart: number, heapPeak: number, heapEnd: number }} BrowserExport
 */

const group = 'export';
/** Pages the paged export keeps in flight (pagedCsvSource's default). */
const pagedLookahead = 6;
const MiB = 1024 * 1024;
const MB = 1e6;

/** @param {{ runs: number, log: (line: string) => void }} options */
export async function run({ runs, log }) {
  const bigEvents = Number(process.env.BENCH_EXPORT_EVENTS ?? 1_000_000);
  const pagedEvents = Number(process.env.BENCH_PAGED_EVENTS ?? 100_000);
  // Each format once over the big export, with the heap sampled after forced GCs: flat is what matters.
  const formats = /** @type {const} */ (['csv', 'csv-semicolon', 'csv-plain', 'jsonl']);
  const formatZone = 'Europe/Paris';
  const big = `${(bigEvents / 1e6).toLocaleString('en')}M`;
  const planned = [
    {
      id: 'export.stream.heapGrowth',
      group,
      label: `${big} events, stream: live JS heap growth, peak`,
      unit: 'B',
      budget: { op: /** @type {const} */ ('<'), value: 32 * MiB },
    },
    {
      id: 'export.stream.heapRetained',
      group,
      label: `${big} events, stream: JS heap growth, start to end`,
      unit: 'B',
    },
    {
      id: 'export.stream.heapPeakNoGc',
      group,
      label: `${big} events, stream: JS heap growth incl. garbage, peak`,
      unit: 'B',
    },
    { id: 'export.stream.browserMBps', group, label: `${big} events, stream: browser engine`, unit: 'MB/s' },
    {
      id: 'export.stream.nodeMBps',
      group,
      label: `${big} events: plain Node stream of the mock`,
      unit: 'MB/s',
    },
    {
      id: 'export.stream.ratio',
      group,
      label: `${big} events: browser ÷ Node throughput`,
      unit: 'ratio',
      budget: { op: /** @type {const} */ ('>='), value: 0.5 },
    },
    { id: 'export.stream.seconds', group, label: `${big} events, stream: duration`, unit: 's' },
    {
      id: 'export.paged.seconds',
      group,
      label: `${pagedEvents / 1000}k events, paged v2 (200 a request): duration`,
      unit: 's',
    },
    {
      id: 'export.paged.browserMBps',
      group,
      label: `${pagedEvents / 1000}k events, paged v2: browser engine`,
      unit: 'MB/s',
    },
    {
      id: 'export.paged.heapGrowth',
      group,
      label: `${pagedEvents / 1000}k events, paged v2: JS heap growth incl. garbage, peak`,
      unit: 'B',
    },
    {
      id: 'export.paged.streamMBps',
      group,
      label: `${pagedEvents / 1000}k events, one stream (reference for paged): browser engine`,
      unit: 'MB/s',
    },
    {
      id: 'export.paged.ratio',
      group,
      label: `${pagedEvents / 1000}k events: paged ÷ one-stream throughput`,
      unit: 'ratio',
      budget: { op: /** @type {const} */ ('>='), value: 0.5 },
    },
    ...formats.flatMap((format) => [
      {
        id: `export.format.${format}.heapGrowth`,
        group,
        label: `${big} events as ${format} (times in ${formatZone}): live JS heap growth, peak`,
        unit: 'B',
        budget: { op: /** @type {const} */ ('<'), value: 32 * MiB },
      },
      {
        id: `export.format.${format}.MBps`,
        group,
        label: `${big} events as ${format}: browser engine (heap-sampling run)`,
        unit: 'MB/s',
      },
    ]),
  ];
  /** @type {Awaited<ReturnType<typeof buildAndServe>> | undefined} */
  let site;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    requireExports('headless', ['createAuditClient', 'defaultAuditQuery', 'downloadAuditCsv']);
    requireExports('mock-api', ['createMockAuditApi', 'demoToken', 'auditColumns'], 'browser.js');
    site = await buildAndServe('exportPage.js');
    browser = await launchChromium();
    const page = await openPage(browser, site.url);
    /**
     * @param {number} events
     * @param {'stream' | 'paged'} strategy
     * @param {boolean} [liveHeap]
     * @param {string} [format] `neutralised`: the server's CSV with formulas neutralised, nothing else changed
     * @returns {Promise<BrowserExport>}
     */
    const browserExport = async (events, strategy, liveHeap = false, format = 'neutralised') => {
      const result = /** @type {BrowserExport} */ (
        await page.evaluate((options) => /** @type {any} */ (window).runExport(options), {
          events,
          strategy,
          liveHeap,
          format,
          timeZone: formatZone,
        })
      );
      if (result.status !== 'done' || result.rows !== events) {
        throw new Error(
          `the ${strategy} export ended ${result.status} with ${result.rows} of ${events} rows`,
        );
      }
      return result;
    };

    // Warm both sides once on a small export so JIT and the worker's start are not in the first measured run.
    await browserExport(20_000, 'stream');
    await nodeCsvStream(20_000);

    /** @type {BrowserExport[]} */
    const browserRuns = [];
    /** @type {Array<{ bytes: number, seconds: number }>} */
    const nodeRuns = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a slower moment of a shared machine hits both sides of the ratio alike.
      const node = await nodeCsvStream(bigEvents);
      const inBrowser = await browserExport(bigEvents, 'stream');
      nodeRuns.push(node);
      browserRuns.push(inBrowser);
      log(
        `  export run ${i + 1}/${runs}: browser ${round(inBrowser.bytes / MB / inBrowser.seconds, 1)} MB/s, ` +
          `node ${round(node.bytes / MB / node.seconds, 1)} MB/s, heap +${round((inBrowser.heapPeak - inBrowser.heapStart) / MiB, 1)} MiB`,
      );
    }
    // The heap figure comes from its own runs: sampling after forced GCs slows the export down.
    /** @type {BrowserExport[]} */
    const heapRuns = [];
    for (let i = 0; i < runs; i++) heapRuns.push(await browserExport(bigEvents, 'stream', true));
    /** @type {BrowserExport[]} */
    const pagedRuns = [];
    /** @type {BrowserExport[]} */
    const pagedReferenceRuns = [];
    for (let i = 0; i < runs; i++) {
      // The same data both ways, interleaved: the ratio is paged against one stream, run for run.
      pagedReferenceRuns.push(await browserExport(pagedEvents, 'stream'));
      pagedRuns.push(await browserExport(pagedEvents, 'paged'));
      const [paged, stream] = [pagedRuns[i], pagedReferenceRuns[i]].map((r) => r.bytes / MB / r.seconds);
      log(`  paged run ${i + 1}/${runs}: paged ${round(paged, 1)} MB/s, one stream ${round(stream, 1)} MB/s`);
    }
    /** @type {Record<string, BrowserExport>} */
    const formatRuns = {};
    for (const format of formats) {
      formatRuns[format] = await browserExport(bigEvents, 'stream', true, format);
      const r = formatRuns[format];
      log(
        `  ${format}: ${round(r.bytes / MB / r.seconds, 1)} MB/s, heap +${round((r.heapPeak - r.heapStart) / MiB, 1)} MiB`,
      );
    }
    const pagedMBps = pagedRuns.map((r) => r.bytes / MB / r.seconds);
    const pagedReferenceMBps = pagedReferenceRuns.map((r) => r.bytes / MB / r.seconds);
    const pagedRatios = pagedMBps.map((value, i) => value / /** @type {number} */ (pagedReferenceMBps[i]));

    const browserMBps = browserRuns.map((r) => r.bytes / MB / r.seconds);
    const nodeMBps = nodeRuns.map((r) => r.bytes / MB / r.seconds);
    const ratios = browserMBps.map((value, i) => value / /** @type {number} */ (nodeMBps[i]));
    const heapGrowth = heapRuns.map((r) => r.heapPeak - r.heapStart);
    const first = /** @type {BrowserExport} */ (browserRuns[0]);
    const bytesNote = `${first.bytes} B in the browser (formula cells neutralised) vs ${nodeRuns[0]?.bytes} B from the mock`;
    return [
      figure({ ...planned[0], value: median(heapGrowth), runs: heapGrowth }),
      figure({ ...planned[1], value: median(heapRuns.map((r) => r.heapEnd - r.heapStart)) }),
      figure({ ...planned[2], value: median(browserRuns.map((r) => r.heapPeak - r.heapStart)) }),
      figure({
        ...planned[3],
        value: median(browserMBps),
        runs: browserMBps.map((v) => round(v)),
        note: bytesNote,
      }),
      figure({ ...planned[4], value: median(nodeMBps), runs: nodeMBps.map((v) => round(v)) }),
      figure({ ...planned[5], value: median(ratios), runs: ratios.map((v) => round(v, 3)) }),
      figure({ ...planned[6], value: median(browserRuns.map((r) => r.seconds)) }),
      figure({
        ...planned[7],
        value: median(pagedRuns.map((r) => r.seconds)),
        runs: pagedRuns.map((r) => round(r.seconds)),
      }),
      figure({ ...planned[8], value: median(pagedMBps), runs: pagedMBps.map((v) => round(v)) }),
      figure({ ...planned[9], value: median(pagedRuns.map((r) => r.heapPeak - r.heapStart)) }),
      figure({
        ...planned[10],
        value: median(pagedReferenceMBps),
        runs: pagedReferenceMBps.map((v) => round(v)),
      }),
      figure({
        ...planned[11],
        value: median(pagedRatios),
        runs: pagedRatios.map((v) => round(v, 3)),
        note: `lookahead ${pagedLookahead} pages in flight, written in order`,
      }),
      ...formats.flatMap((format, index) => {
        const r = /** @type {BrowserExport} */ (formatRuns[format]);
        return [
          figure({
            ...planned[12 + index * 2],
            value: r.heapPeak - r.heapStart,
            note: `${r.rows} rows, ${r.bytes} B; heap start ${round(r.heapStart / MiB, 1)} MiB, end ${round(r.heapEnd / MiB, 1)} MiB`,
          }),
          figure({ ...planned[13 + index * 2], value: r.bytes / MB / r.seconds }),
        ];
      }),
    ];
  } catch (error) {
    return unmeasured(planned, error);
  } finally {
    await browser?.close();
    await site?.close();
  }
}
