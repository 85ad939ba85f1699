// Bench page: the browser download engine (`downloadAuditCsv`) on the in-page mock worker, writing into a
// counting WritableStream so only the engine and the transfer are measured, never a disk or a Blob.
import { createAuditClient, defaultAuditQuery, downloadAuditCsv } from '@auditkit/headless';
import { auditColumns, createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { startMockWorker } from '@auditkit/mock-api/browser';
import { benchNow, benchSeed, benchTenant, exportProperties, neutralisedOnly } from '../lib/benchDataset.mjs';

const api = createMockAuditApi({ seed: benchSeed, now: benchNow, eventsPerTenant: 0 });
await startMockWorker(api);
const token = await demoToken(demoIdentities.tenantAAdmin);
const client = createAuditClient({ baseUrl: '/frontegg', getToken: () => token });
const columns = exportProperties(auditColumns);

/** `gc()` exists because Chromium runs with `--js-flags=--expose-gc`; settle twice so the baseline is quiet. */
async function collect() {
  for (let i = 0; i < 2; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const heap = () => performance.memory?.usedJSHeapSize ?? Number.NaN;

/**
 * Exports `events` events of the bench tenant and reports bytes, rows, seconds and the JS heap of the page.
 * With `liveHeap`, every sample is taken right after a forced full GC, so it counts what the engine holds
 * (buffers in flight, anything accumulated) rather than garbage not yet collected; that slows the export, so
 * throughput runs leave it off.
 *
 * @param {{ events: number, strategy: 'stream' | 'paged', liveHeap?: boolean, format?: string,
 *   timeZone?: string }} options
 */
async function runExport({ events, strategy, liveHeap = false, format = 'csv', timeZone = 'UTC' }) {
  api.setScenario({ eventsPerTenant: { [benchTenant]: events } });
  await collect();
  const heapStart = heap();
  let heapPeak = heapStart;
  const sample = () => {
    heapPeak = Math.max(heapPeak, heap());
  };
  const sampler = liveHeap
    ? setInterval(() => {
        globalThis.gc?.();
        sample();
      }, 100)
    : setInterval(sample, 20);
  let bytes = 0;
  let chunks = 0;
  const target = new WritableStream({
    write(chunk) {
      bytes += chunk.byteLength;
      if (++chunks % 64 === 0 && !liveHeap) sample();
    },
  });
  const started = performance.now();
  try {
    const result = await downloadAuditCsv({
      client,
      query: defaultAuditQuery,
      columns,
      strategy,
      target,
      // The per-format runs name their format; the others are the one-stream figures' `neutralisedOnly`.
      ...(format === 'neutralised' ? neutralisedOnly : { format, timeZone }),
    });
    const seconds = (performance.now() - started) / 1000;
    if (!liveHeap) sample();
    await collect();
    return {
      status: result.status,
      rows: result.rows,
      total: result.total,
      bytes,
      chunks,
      seconds,
      heapStart,
      heapPeak,
      heapEnd: heap(),
    };
  } finally {
    clearInterval(sampler);
  }
}

Object.assign(window, { runExport, benchReady: true });
