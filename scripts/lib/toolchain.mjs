// The project's own bootstrap: everything `npm start` / `npm test` need on a machine that has only Node and npm.
// pnpm is run through `npx` at the exact pinned version (Corepack is unreliable on some machines), and Debian's
// Chromium is installed when no Chromium is found and we are root.
import { findChromium } from './chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // "pnpm@x.y.z"

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: auditkit needs Node >= 20.19 (or 22, 24).`);
  }
}

export function fail(message) {
  console.error(`\n[auditkit] ${message}\n`);
  process.exit(1);
}

/** Runs a command, inheriting stdio; returns its exit status. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * How to run the pinned pnpm, as `[command, args, options]` for spawn/spawnSync; never through a shell.
 *
 * Windows: npm's `npx` and a global pnpm installed by npm are `npx.cmd` / `pnpm.cmd`, and Node cannot spawn a
 * `.cmd` without `shell: true` (ENOENT by bare name, since libuv only appends `.com` and `.exe`; EINVAL when named,
 * since Node 20.12.2, CVE-2024-27980), while a shell re-parses every argument (`^`, `&`, `%`; DEP0190). So on
 * Windows npm's own `npx-cli.js` is run with Node itself: npm points `npm_execpath` at its `npm-cli.js` for
 * `npm start` / `npm test` / `npm run`, and `npx-cli.js` sits beside it; run directly (`node scripts/pnpm.mjs`),
 * the copy of npm installed next to `node.exe` is used. Linux and macOS keep the bare `npx` as before.
 *
 * @param {object} [context]
 * @param {NodeJS.Platform} [context.platform]
 * @param {NodeJS.ProcessEnv} [context.env]
 * @param {string} [context.globalPnpmVersion] what `pnpm --version` printed, when a global pnpm ran
 * @param {string} [context.execPath] this Node binary
 * @param {(path: string) => boolean} [context.exists]
 * @returns {[string, string[], import('node:child_process').SpawnOptions]}
 */
export function pnpmInvocation({
  platform = process.platform,
  env = process.env,
  globalPnpmVersion,
  execPath = process.execPath,
  exists = existsSync,
} = {}) {
  // On Windows the bare-name probe can only have found a real `pnpm.exe` (libuv never picks `pnpm.cmd`), which
  // spawns without a shell like on any other system.
  if (globalPnpmVersion !== undefined && `pnpm@${globalPnpmVersion}` === pinned) return ['pnpm', [], {}];
  if (platform !== 'win32') return ['npx', ['-y', pinned], {}];
  const npmCli = env.npm_execpath ?? '';
  const candidates = [
    // Only npm's own CLI (under pnpm or Yarn, npm_execpath names theirs); its separators are kept as they are.
    /(^|[\\/])npm-cli\.js$/i.test(npmCli) && `${npmCli.slice(0, -'npm-cli.js'.length)}npx-cli.js`,
    // The Windows installer's layout: node.exe beside node_modules\npm.
    win32.join(win32.dirname(execPath), 'node_modules', 'npm', 'bin', 'npx-cli.js'),
  ];
  const npxCli = candidates.find((candidate) => candidate && exists(candidate));
  if (npxCli) return [execPath, [npxCli, '-y', pinned], {}];
  throw new Error(
    `Cannot find npm's npx-cli.js to run ${pinned} on Windows (npx.cmd cannot be spawned without a shell). ` +
      `Run this through npm (\`npm start\`, \`npm test\`, \`npm run <script>\`), or install ${pinned} globally as pnpm.exe.`,
  );
}

function pnpmCommand() {
  // No shell: on Windows this finds only a real pnpm.exe; a pnpm.cmd shim is ENOENT here and skipped.
  const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  const globalPnpmVersion = !global.error && global.status === 0 ? global.stdout.trim() : undefined;
  try {
    return pnpmInvocation({ globalPnpmVersion });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

let cached;
/** Runs the pinned pnpm with `args`; returns its exit status. */
export function pnpm(args, options) {
  cached ??= pnpmCommand();
  const [cmd, pre, spawnOptions] = cached;
  return run(cmd, [...pre, ...args], { ...spawnOptions, ...options });
}

/**
 * Runs the pinned pnpm with `args` beside other work: its output (stdout and stderr, interleaved as written) is
 * kept and handed back with the exit status, so steps run side by side do not mix their logs.
 *
 * @returns {Promise<{ status: number, output: string }>}
 */
export function pnpmCaptured(args) {
  cached ??= pnpmCommand();
  const [cmd, pre, spawnOptions] = cached;
  return new Promise((resolve) => {
    const child = spawn(cmd, [...pre, ...args], {
      ...spawnOptions,
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.stack ?? error}\n`)));
    child.on('close', (code) =>
      resolve({ status: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

export function ensureInstalled() {
  const frozen = process.env.CI && existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  if (pnpm(['install', '--prefer-offline', ...frozen]) !== 0) fail('pnpm install failed (see above).');
}

export { findChromium };

/** Makes sure a Chromium exists and exports its path as CHROMIUM_PATH for every child process. */
export function ensureChromium() {
  let path = findChromium();
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      fail('No Chromium found. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
    }
    console.log('[auditkit] installing Debian Chromium for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) !== 0) fail('apt-get update failed.');
    if (run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0)
      fail('apt-get install chromium failed.');
    path = findChromium();
    if (!path) fail('Chromium was installed but not found on a known path; set CHROMIUM_PATH.');
  }
  process.env.CHROMIUM_PATH = path;
  return path;
}

const sofficeCandidates = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
];

export function findSoffice() {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return sofficeCandidates.find((path) => existsSync(path));
}

/**
 * Makes sure LibreOffice Calc exists (Debian's headless package, ~1.5 min the first time) and exports its path as
 * SOFFICE_PATH; the spreadsheet test opens exported files with it.
 */
export function ensureLibreOffice() {
  let path = findSoffice();
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      fail(
        'No LibreOffice found. Install it (Debian: `sudo apt-get install --no-install-recommends libreoffice-calc-nogui`) or set SOFFICE_PATH.',
      );
    }
    console.log('[auditkit] installing LibreOffice Calc (headless) for the spreadsheet test…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) !== 0) fail('apt-get update failed.');
    const args = ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc-nogui'];
    if (run('apt-get', args, { env }) !== 0) fail('apt-get install libreoffice-calc-nogui failed.');
    path = findSoffice();
    if (!path) fail('LibreOffice was installed but not found on a known path; set SOFFICE_PATH.');
  }
  process.env.SOFFICE_PATH = path;
  return path;
}
