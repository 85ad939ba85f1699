// `npm run mock-api`: the standalone mock audits API on 127.0.0.1 (PORT, default 4010).
import { checkNode, ensureInstalled, pnpm } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
if (pnpm(['--filter', '@auditkit/mock-api', 'run', 'build']) !== 0) process.exit(1);
process.exit(pnpm(['--filter', '@auditkit/mock-api', 'run', 'serve', ...process.argv.slice(2)]));
