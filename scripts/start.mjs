// `npm start`: install what is missing, then serve the demo portal on the in-browser mock API.
import { checkNode, ensureInstalled, pnpm } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
process.exit(pnpm(['--filter', '@auditkit/demo', 'run', 'dev', ...process.argv.slice(2)]));
