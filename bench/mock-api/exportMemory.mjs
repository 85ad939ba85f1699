// Benchmark (not a test): export 1,000,000 events over the standalone mock server and record that the server's
// memory stays flat. Needs a built package: `node scripts/pnpm.mjs --filter @auditkit/mock-api run build`.
// Usage: node bench/mock-api/exportMemory.mjs [events]   → prints a summary, writes bench/results/mock-api-memory.json
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoIdentities, demoToken } from '../../packages/mock-api/dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const events = Number(process.argv[2] ?? 1_000_000);
const SAMPLE_MS = 100;
const MB = 1024 * 1024;

const child = fork(join(here, 'exportServer.mjs'), [], {
  env: { ...process.env, EVENTS_PER_TENANT: String(events) },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const heapSamples = [];
let onReady;
const readyMessage = new Promise((resolve) => (onReady = resolve));
child.on('message', (m) => (m.type === 'ready' ? onReady(m) : heapSamples.push(m)));

/** RSS and its high-water mark from /proc (Linux), in bytes. */
function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}
/** RSS now from /proc; the server's heap arrives asynchronously in `heapSamples`. */
function sample() {
  child.send('sample');
  return { t: performance.now(), ...procMemory(child.pid) };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const ready = await readyMessage;
const token = await demoToken(demoIdentities.tenantAAdmin);
await settle();
const start = sample();
await settle();
const samples = [start];
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    if (sampling) samples.push(sample());
  }
})();

const properties = [
  'createdAt:Time',
  'email:User',
  'action:Action',
  'severity:Severity',
  'ip:IP Address',
  'description:Description',
]
  .map((p) => p.split(':'))
  .map(([name, displayName]) => ({ name, displayName }));
const began = performance.now();
const response = await fetch(`${ready.url}/audits/export/csv/v2?count=0&offset=0`, {
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ properties }),
});
if (response.status !== 201) throw new Error(`export answered ${response.status}: ${await response.text()}`);
let bytes = 0;
let records = 0;
let chunks = 0;
let inQuotes = false;
// Counts records as CSV does: a line feed inside a quoted field is part of the field, not a new row.
for await (const chunk of response.body) {
  // Let the sampler's timer run: a body that is always ready would otherwise starve it.
  if (chunks % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  chunks++;
  bytes += chunk.byteLength;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) records++;
  }
}
const seconds = (performance.now() - began) / 1000;
sampling = false;
await sampler;
await settle();
const end = sample();
samples.push(end);
await settle();
child.send('stop');

/** RSS of the last sample taken by `fraction` of the download time. */
const rssAt = (fraction) => {
  const cutoff = began + seconds * 1000 * fraction;
  return samples.filter((s) => s.t <= cutoff).at(-1).rss;
};
const peak = (key) => Math.max(...samples.map((s) => s[key]));
const heapStart = heapSamples[1] ?? heapSamples[0];
const heapEnd = heapSamples.at(-1);
const heapPeak = Math.max(...heapSamples.map((h) => h.heapUsed));
const result = {
  benchmark: 'mock-api export memory',
  date: new Date().toISOString(),
  node: process.version,
  events,
  rows: records - 1,
  bytes,
  chunks,
  seconds: Number(seconds.toFixed(2)),
  mbPerSecond: Number((bytes / MB / seconds).toFixed(1)),
  serverRssMb: { start: mb(start.rss), peak: mb(peak('rss')), end: mb(end.rss), highWaterMark: mb(end.hwm) },
  // Flat means no growth with the amount sent: compare the second half of the download with the first.
  serverRssGrowthSecondHalfMb: mb(rssAt(1) - rssAt(0.5)),
  serverHeapUsedMb: { start: mb(heapStart.heapUsed), peak: mb(heapPeak), end: mb(heapEnd.heapUsed) },
  samples: samples.length,
  heapSamples: heapSamples.length,
  /** RSS over time, one entry per sample: [seconds since start, MB]. */
  rssCurve: samples.map((s) => [Number(((s.t - start.t) / 1000).toFixed(2)), mb(s.rss)]),
};
const out = join(here, '..', 'results', 'mock-api-memory.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `mock-api export: ${result.rows.toLocaleString('en')} rows, ${(bytes / MB).toFixed(1)} MB in ${result.seconds} s (${result.mbPerSecond} MB/s)`,
);
console.log(
  `server RSS MB start/peak/end ${result.serverRssMb.start}/${result.serverRssMb.peak}/${result.serverRssMb.end}; heap used MB ${result.serverHeapUsedMb.start}/${result.serverHeapUsedMb.peak}/${result.serverHeapUsedMb.end}`,
);
console.log(
  `server RSS growth over the second half of the download: ${result.serverRssGrowthSecondHalfMb} MB`,
);
console.log(`wrote ${out}`);
if (result.rows !== events) {
  console.error(`expected ${events} rows, got ${result.rows}`);
  process.exitCode = 1;
}

function mb(value) {
  return Number((value / MB).toFixed(1));
}
