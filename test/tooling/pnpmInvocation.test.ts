// `npm start` and `npm test` must launch the pinned pnpm on Windows too, where npm's `npx` and an npm-installed
// pnpm are `.cmd` files that Node will not spawn without a shell (ENOENT by bare name, EINVAL since Node 20.12.2).
import { type SpawnOptions, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs helpers shared with scripts/*.mjs (as in test/consumers/support/globalSetup.ts)
import * as toolchain from '../../scripts/lib/toolchain.mjs';

type Invocation = [command: string, args: string[], options: SpawnOptions];
const pnpmInvocation: (context?: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  globalPnpmVersion?: string;
  execPath?: string;
  exists?: (path: string) => boolean;
}) => Invocation = toolchain.pnpmInvocation;
const root: string = toolchain.root;

const pinned: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const version = pinned.replace(/^pnpm@/, '');

const nodeExe = 'C:\\Program Files\\nodejs\\node.exe';
const npmCli = 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js';
const npxCli = 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npx-cli.js';
const everywhere = () => true;
const nowhere = () => false;

describe('pnpmInvocation on Windows', () => {
  it('runs npm’s npx-cli.js (beside npm_execpath) with Node itself: no .cmd, no shell', () => {
    const [command, args, options] = pnpmInvocation({
      platform: 'win32',
      env: { npm_execpath: npmCli },
      execPath: nodeExe,
      exists: (path) => path === npxCli,
    });
    expect(command).toBe(nodeExe);
    expect(args).toEqual([npxCli, '-y', pinned]);
    expect(options.shell).toBeFalsy();
    expect([command, ...args].some((part) => /\.(cmd|bat)$/i.test(part))).toBe(false);
  });

  it('without npm_execpath (`node scripts/pnpm.mjs`), uses the npm installed beside node.exe', () => {
    const [command, args] = pnpmInvocation({
      platform: 'win32',
      env: {},
      execPath: nodeExe,
      exists: everywhere,
    });
    expect(command).toBe(nodeExe);
    expect(args).toEqual([npxCli, '-y', pinned]);
  });

  it('ignores an npm_execpath that is not npm’s (pnpm, Yarn)', () => {
    const pnpmCli = 'C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\pnpm\\bin\\pnpm.cjs';
    const [, args] = pnpmInvocation({
      platform: 'win32',
      env: { npm_execpath: pnpmCli },
      execPath: nodeExe,
      exists: everywhere,
    });
    expect(args[0]).toBe(npxCli);
  });

  it('fails with a clear message, not through a shell, when no npx-cli.js is found', () => {
    expect(() => pnpmInvocation({ platform: 'win32', env: {}, execPath: nodeExe, exists: nowhere })).toThrow(
      /npx-cli\.js.*npm start/s,
    );
  });

  it('uses a global pnpm of the pinned version (only a real pnpm.exe can have answered the probe)', () => {
    expect(
      pnpmInvocation({ platform: 'win32', env: { npm_execpath: npmCli }, globalPnpmVersion: version }),
    ).toEqual(['pnpm', [], {}]);
  });
});

describe('pnpmInvocation on Linux and macOS', () => {
  it.each(['linux', 'darwin'] as const)('%s keeps the bare npx of the pinned version', (platform) => {
    const env = { npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' };
    expect(pnpmInvocation({ platform, env, exists: everywhere })).toEqual(['npx', ['-y', pinned], {}]);
    expect(pnpmInvocation({ platform, env, globalPnpmVersion: version })).toEqual(['pnpm', [], {}]);
    expect(pnpmInvocation({ platform, env, globalPnpmVersion: '0.0.1' })).toEqual([
      'npx',
      ['-y', pinned],
      {},
    ]);
  });
});

/** Runs an invocation with `--version` here, as the scripts would, and returns what it printed. */
function pnpmVersion([command, args, options]: Invocation): string {
  const result = spawnSync(command, [...args, '--version'], { ...options, cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

// npm's own CLI on this machine: npm_execpath when npm (or npx) started us, else the usual Unix layout.
const realNpmCli = [
  process.env.npm_execpath,
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
].find((path) => path && /npm-cli\.js$/.test(path) && existsSync(path));

describe('pnpmInvocation, spawned on this machine', () => {
  it('starts the pinned pnpm', { timeout: 120_000 }, () => {
    expect(pnpmVersion(pnpmInvocation())).toBe(version);
  });

  // The Windows branch's command (Node running npm's npx-cli.js), built from this machine's npm, runs here too.
  it.skipIf(!realNpmCli)('starts the pinned pnpm the way Windows does', { timeout: 120_000 }, () => {
    const invocation = pnpmInvocation({ platform: 'win32', env: { npm_execpath: realNpmCli } });
    expect(invocation[0]).toBe(process.execPath);
    expect(pnpmVersion(invocation)).toBe(version);
  });
});
