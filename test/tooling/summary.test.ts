// CI reads only the closing `N passed, N failed` line, so it must count exactly what ran.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/summary.mjs');

function summarise(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'auditkit-summary-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(content));
  return execFileSync(process.execPath, [script, dir], { encoding: 'utf8' }).trim();
}

const steps = (ok: boolean) => [
  { name: 'build', ok: true },
  { name: 'lint', ok },
  { name: 'vitest', ok: false },
];

describe('summary line', () => {
  it('adds Vitest tests to the non-Vitest steps', () => {
    const vitest = {
      numPassedTests: 7,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [],
    };
    expect(summarise({ 'vitest.json': vitest, 'steps.json': steps(false) })).toBe(
      '8 passed, 3 failed, 1 skipped',
    );
  });

  it('counts a suite that failed to load as a failure', () => {
    const vitest = {
      numPassedTests: 1,
      numFailedTests: 0,
      testResults: [{ status: 'failed', assertionResults: [] }],
    };
    expect(summarise({ 'vitest.json': vitest, 'steps.json': steps(true) })).toBe('3 passed, 1 failed');
  });

  it('reports a failure when npm test never ran its steps', () => {
    expect(summarise({})).toBe('0 passed, 1 failed');
  });

  it('adds the spreadsheet test that .ci/run runs after npm test', () => {
    const vitest = { numPassedTests: 7, numFailedTests: 0, testResults: [] };
    const spreadsheet = { numPassedTests: 3, numFailedTests: 1, testResults: [] };
    expect(
      summarise({ 'vitest.json': vitest, 'spreadsheet.json': spreadsheet, 'steps.json': steps(true) }),
    ).toBe('12 passed, 1 failed');
  });

  it('counts the tests of a step with its own report (the consumer apps), or the step when the report is missing', () => {
    const consumers = { numPassedTests: 4, numFailedTests: 1, numPendingTests: 0, testResults: [] };
    const withReport = [
      { name: 'build', ok: true },
      { name: 'consumers', ok: false, report: 'vitest-consumers.json' },
    ];
    expect(summarise({ 'vitest-consumers.json': consumers, 'steps.json': withReport })).toBe(
      '5 passed, 1 failed',
    );
    expect(summarise({ 'steps.json': withReport })).toBe('1 passed, 1 failed');
    const setupBroke = { numPassedTests: 0, numFailedTests: 0, testResults: [] };
    expect(summarise({ 'vitest-consumers.json': setupBroke, 'steps.json': withReport })).toBe(
      '1 passed, 1 failed',
    );
  });
});
