// `npm run bench` (through scripts/bench.mjs, which installs and builds first): runs every benchmark one after
// another (the machine's cores are shared; nothing runs in parallel), prints a table of figures against budgets,
// writes bench/results/latest.json and regenerates the figures table in bench/README.md.
//
// Options: --runs N (runs per median, default 3; or BENCH_RUNS), --only bundle,rendering,export,exportHttp,mockApi
// (the other groups keep their figures from the previous latest.json, and their own date, commit and load in
// `groups`, which the README's table shows group by group).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { run as runBundle } from './bundleSize.mjs';
import { run as runExport } from './export.mjs';
import { run as runExportHttp } from './exportHttp.mjs';
import { formatBudget, formatValue, round } from './lib/figures.mjs';
import { gitInfo, machineInfo } from './lib/machineInfo.mjs';
import { resultsDir } from './lib/paths.mjs';
import { run as runMockApi } from './mockApi.mjs';
import { run as runRendering } from './rendering.mjs';
import { writeReadme } from './writeReadme.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */

/** @type {Record<string, (options: { runs: number, log: (line: string) => void }) => Promise<Figure[]>>} */
const benchmarks = {
  bundle: runBundle,
  rendering: runRendering,
  export: runExport,
  exportHttp: runExportHttp,
  mockApi: runMockApi,
};

const { values } = parseArgs({
  options: { runs: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: false,
});
const runs = Number(values.runs ?? process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(
    `[auditkit] --runs must be an integer from 1 to 50, got ${values.runs ?? process.env.BENCH_RUNS}`,
  );
  process.exit(2);
}
const only = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(benchmarks);
const unknown = only.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(
    `[auditkit] unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`,
  );
  process.exit(2);
}

const latestPath = join(resultsDir, 'latest.json');
const previous = existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : undefined;
const started = new Date();
const git = gitInfo();
const machine = machineInfo();
const log = (/** @type {string} */ line) => console.log(line);

/** @type {Figure[]} */
const figures = [];
/**
 * When, where and at what load each group's figures were measured: a group not run this time keeps its entry.
 * @type {Record<string, { date: string, commit: string, packagesDirty: boolean, runs: number, seconds: number, loadAverage?: { start: number, end: number } }>}
 */
const groups = { ...(previous?.groups ?? {}) };
for (const name of Object.keys(benchmarks)) {
  if (!only.includes(name)) {
    figures.push(...(previous?.figures ?? []).filter((/** @type {Figure} */ f) => f.group === name));
    continue;
  }
  console.log(`\n▶ ${name}`);
  const t0 = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    figures.push(
      ...(await /** @type {NonNullable<typeof benchmarks[string]>} */ (benchmarks[name])({ runs, log })),
    );
  } catch (error) {
    // Each benchmark reports its own failures as figures; this is for a bug in the harness itself.
    console.error(error);
    figures.push({
      id: `${name}.failed`,
      group: name,
      label: `${name} benchmark`,
      value: null,
      unit: '',
      status: 'error',
      note: String(error),
    });
  }
  for (const f of figures.filter(
    (item) => item.group === name && (item.status === 'error' || item.status === 'missing'),
  )) {
    console.log(`  ${f.status}: ${f.label}: ${f.note}`);
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const loadAverage = { start: round(loadAtStart, 2), end: round(loadavg()[0] ?? 0, 2) };
  groups[name] = { date: new Date().toISOString(), ...git, runs, seconds, loadAverage };
}

const result = {
  date: started.toISOString(),
  ...git,
  runs,
  machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100) },
  groups,
  summary: {
    pass: figures.filter((f) => f.status === 'pass').length,
    miss: figures.filter((f) => f.status === 'miss').length,
    missing: figures.filter((f) => f.status === 'missing').length,
    error: figures.filter((f) => f.status === 'error').length,
  },
  figures,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(latestPath, `${JSON.stringify(result, null, 2)}\n`);
await writeReadme(result);

printTable(figures);
console.log(
  `\n${result.summary.pass} within budget, ${result.summary.miss} over budget, ${result.summary.missing} missing, ` +
    `${result.summary.error} failed · wrote bench/results/latest.json and the table in bench/README.md`,
);
process.exitCode = result.summary.error > 0 ? 1 : 0;

/** @param {Figure[]} list */
function printTable(list) {
  const rows = list.map((f) => [f.label, formatValue(f), formatBudget(f.budget, f.unit), statusText(f)]);
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  let group = '';
  for (const [i, row] of rows.entries()) {
    const f = /** @type {Figure} */ (list[i]);
    if (f.group !== group) {
      group = f.group;
      console.log(`· ${group}`);
    }
    console.log(line(row));
    if (f.status === 'missing' || f.status === 'error') console.log(`    ${f.note}`);
  }
}

/** @param {Figure} f */
function statusText(f) {
  return { pass: 'pass', miss: 'MISS', info: '', missing: 'missing', error: 'FAILED' }[f.status];
}
