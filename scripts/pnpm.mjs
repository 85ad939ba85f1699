// `node scripts/pnpm.mjs <args>`: the pinned pnpm, after making sure dependencies are installed.
import { checkNode, ensureInstalled, pnpm } from './lib/toolchain.mjs';

checkNode();
ensureInstalled();
process.exit(pnpm(process.argv.slice(2)));
