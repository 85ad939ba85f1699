// Where things are: the repository, the benchmarks and their (partly gitignored) results.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(benchDir, '..');
export const resultsDir = join(benchDir, 'results');
/** Scratch builds; gitignored (`bench/results/tmp/`). */
export const tmpDir = join(resultsDir, 'tmp');
export const packagesDir = join(repoRoot, 'packages');
/** MSW's worker script, kept by msw's postinstall in the demo's public folder. */
export const mockWorkerScript = join(repoRoot, 'apps', 'demo', 'public', 'mockServiceWorker.js');
