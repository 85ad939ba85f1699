// Prints the closing `N passed, N failed` line from the real results of `npm test`: every Vitest test (the main
// run's and any step with its own report, such as the consumer apps), plus each other step (build, typecheck,
// lint, publint, attw) counted as one check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/toolchain.mjs';

// The results folder may be given (the tooling tests point it at fixtures); npm test writes test-results/.
const dir = process.argv[2] ?? join(root, 'test-results');
let passed = 0;
let failed = 0;
let skipped = 0;

const readReport = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Adds one Vitest JSON report's tests; false when the file does not exist. */
function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = readReport(file);
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no tests in it but is still a failure.
  failed += (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return true;
}

// npm test's report, and the spreadsheet test's that .ci/run adds (scripts/test-spreadsheet.mjs).
countVitest(join(dir, 'vitest.json'));
countVitest(join(dir, 'spreadsheet.json'));
const stepsFile = join(dir, 'steps.json');
if (existsSync(stepsFile)) {
  for (const step of JSON.parse(readFileSync(stepsFile, 'utf8'))) {
    if (step.name === 'vitest') continue;
    // A step with its own Vitest report (the consumer apps) counts its tests; without a report, it counts as one.
    if (step.report && countVitest(join(dir, step.report))) {
      // A run that failed without a failing test (its setup broke) is still a failure.
      if (!step.ok && (readReport(join(dir, step.report)).numFailedTests ?? 0) === 0) failed += 1;
      continue;
    }
    if (step.ok) passed += 1;
    else failed += 1;
  }
} else {
  failed += 1; // npm test did not get as far as running its steps
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
