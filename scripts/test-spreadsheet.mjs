// The spreadsheet test: exported files opened by LibreOffice Calc (installed when missing). Run by .ci/run after
// `npm test` (not by `npm test` itself: the first install takes ~1.5 min). Its results go to
// test-results/spreadsheet.json, which scripts/summary.mjs counts in the closing line.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode, ensureInstalled, ensureLibreOffice, pnpm, root } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
ensureLibreOffice();
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const status = pnpm([
  'exec',
  'vitest',
  'run',
  '--config',
  'test/spreadsheet/spreadsheet.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'spreadsheet.json')}`,
]);
// A run that broke before Vitest could report still counts as a failure in the closing line.
const report = join(results, 'spreadsheet.json');
if (!existsSync(report)) writeFileSync(report, JSON.stringify({ numPassedTests: 0, numFailedTests: 1 }));
process.exit(status);
