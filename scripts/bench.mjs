// `npm run bench`: every benchmark under bench/, printing a table and writing bench/results/latest.json.
import { checkNode, ensureChromium, ensureInstalled, pnpm } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
ensureChromium();
if (pnpm(['-r', '--filter', './packages/*', 'build']) !== 0) process.exit(1);
process.exit(pnpm(['--filter', '@auditkit/bench', 'run', 'bench', ...process.argv.slice(2)]));
