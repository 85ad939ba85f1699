// `npm test`: install what is missing (pnpm, dependencies, Debian Chromium), then build, type-check, lint,
// check the published packages and run every Vitest project (unit, browser, stories, end-to-end).
// Each step's outcome goes to test-results/steps.json and Vitest's to test-results/vitest.json, from which
// scripts/summary.mjs prints the closing `N passed, N failed` line.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkNode, ensureChromium, ensureInstalled, pnpm, pnpmCaptured, root } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
ensureChromium();

const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitestArgs = process.argv.slice(2);
const steps = [
  ['build', ['-r', '--filter', './packages/*', 'build']],
  ['typecheck', ['-r', 'typecheck']],
  ['typecheck-root', ['exec', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['typecheck-storybook', ['exec', 'tsc', '--noEmit', '-p', '.storybook/tsconfig.json']],
  ['lint', ['exec', 'eslint', '.', '--max-warnings', '0']],
  ['publint', ['-r', '--filter', './packages/*', 'exec', 'publint', '--strict']],
  // attw's default, strictest profile: types resolve for `import` and `require` under node16/nodenext, bundlers
  // and node10 (subpath entries through typesVersions, for TypeScript 5's `module: commonjs` default). The
  // stylesheet's entry too: its empty declaration ships as .d.ts and .d.cts, so a CommonJS host may import it.
  ['attw', ['-r', '--filter', './packages/*', 'exec', 'attw', '--pack', '.']],
  // The Storybook as it is published; a page that fails to compile fails here, and the storybook-docs Vitest
  // project then opens every docs page of this build in Chromium.
  ['build-storybook', ['exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet']],
  [
    'vitest',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(results, 'vitest.json')}`,
      // Every core, not Vitest's default of one fewer: that is one file at a time on two cores, and the browser
      // tests spend much of their time waiting (on frames, polls and the mock), so one worker left a core idle
      // (the run took 953 s with one worker and 850 s with two, 1,038 s of test time).
      `--maxWorkers=${availableParallelism()}`,
      // The docs pages run in their own step below.
      '--project=!storybook-docs',
      ...vitestArgs,
    ],
  ],
  // Every docs page of the built Storybook, on its own after the rest: a docs page boots a preview frame per story
  // at once, and beside the other browser tests one page took 56 s to 300 s (4 s alone) on two cores, so its
  // checks timed out in CI though nothing was wrong.
  [
    'docs',
    [
      'exec',
      'vitest',
      'run',
      '--project=storybook-docs',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(results, 'vitest-docs.json')}`,
    ],
    'vitest-docs.json',
  ],
  // Fresh host apps installed with npm from the packed tarballs (Next, Vite + React 18/19, CommonJS/Jest) and the
  // tarballs' own contents (licence, manifest, source maps, README links, 'use client', React-free core): its own
  // run after the others, so its installs and builds do not compete with the browser tests for the two cores.
  [
    'consumers',
    [
      'exec',
      'vitest',
      'run',
      '--config',
      'test/consumers/consumers.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(results, 'vitest-consumers.json')}`,
    ],
    'vitest-consumers.json',
  ],
];

/**
 * The static checks run two lanes at a time, each lane's steps one after the other: on two cores a single tsc,
 * ESLint or attw leaves a core idle, and together they took 3½ minutes in a row. A lane keeps steps that must not
 * overlap apart (publint and attw both pack the same packages). Each step's output is printed whole when it ends.
 */
const lanes = [
  ['typecheck', 'typecheck-storybook', 'build-storybook'],
  ['typecheck-root', 'lint', 'publint', 'attw'],
];
const laned = new Set(lanes.flat());

const outcomes = [];
/** @param {string} name @param {number} status @param {number} started @param {string} [report] */
const record = (name, status, started, report) => {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`[auditkit] ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  outcomes.push({ name, ok: status === 0, status, seconds, ...(report && { report }) });
};
const stepArgs = new Map(steps.map(([name, args]) => [name, args]));
for (const [name, args, report] of steps) {
  if (laned.has(name)) {
    // The lanes start where their first step stands in the list, and run all their steps from there.
    if (name !== lanes[0][0]) continue;
    await Promise.all(
      lanes.map(async (lane) => {
        for (const step of lane) {
          const started = Date.now();
          const { status, output } = await pnpmCaptured(stepArgs.get(step));
          console.log(`\n[auditkit] ── ${step} ──\n${output}`);
          record(step, status, started);
        }
      }),
    );
    continue;
  }
  console.log(`\n[auditkit] ── ${name} ──`);
  const started = Date.now();
  const status = pnpm(args);
  record(name, status, started, report);
  // Nothing after a failed build can be trusted; every other step still runs so one report shows all.
  if (name === 'build' && status !== 0) break;
}
// The report lists the steps in their declared order, whichever lane finished first.
outcomes.sort(
  (a, b) => steps.findIndex(([name]) => name === a.name) - steps.findIndex(([name]) => name === b.name),
);
writeFileSync(join(results, 'steps.json'), JSON.stringify(outcomes, null, 2));

const failed = outcomes.filter((step) => !step.ok);
console.log(`\n[auditkit] steps: ${outcomes.map((s) => `${s.name} ${s.ok ? 'ok' : 'FAILED'}`).join(', ')}`);
process.exit(failed.length === 0 && outcomes.length === steps.length ? 0 : 1);
