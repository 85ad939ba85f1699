// Prints the closing `N passed, N failed` line from the real results of `npm test`: every Vitest test, plus
// each non-Vitest step (build, typecheck, lint, publint) counted as one check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/toolchain.mjs';

// The results folder may be given (the tooling tests point it at fixtures); npm test writes test-results/.
const dir = process.argv[2] ?? join(root, 'test-results');
let passed = 0;
let failed = 0;
let skipped = 0;

// Vitest's JSON reports: npm test's, and the spreadsheet test's that .ci/run adds (scripts/test-spreadsheet.mjs).
for (const vitestFile of [join(dir, 'vitest.json'), join(dir, 'spreadsheet.json')]) {
  if (!existsSync(vitestFile)) continue;
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no tests in it but is still a failure.
  failed += (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
}
const stepsFile = join(dir, 'steps.json');
if (existsSync(stepsFile)) {
  for (const step of JSON.parse(readFileSync(stepsFile, 'utf8'))) {
    if (step.name === 'vitest') continue;
    if (step.ok) passed += 1;
    else failed += 1;
  }
} else {
  failed += 1; // npm test did not get as far as running its steps
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
