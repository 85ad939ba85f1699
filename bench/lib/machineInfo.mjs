// What the figures were measured on and at: machine, load, versions, commit. Speeds mean little without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { repoRoot } from './paths.mjs';

/** @param {string} cmd @param {string[]} args @returns {string} */
function output(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

/** The machine and the tools. */
export function machineInfo() {
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: (chromium && output(chromium, ['--version'])) || 'unknown',
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** The commit measured, and whether the packages had uncommitted changes then. */
export function gitInfo() {
  return {
    commit: output('git', ['rev-parse', 'HEAD']) || 'unknown',
    packagesDirty: output('git', ['status', '--porcelain', '--', 'packages']).length > 0,
  };
}
