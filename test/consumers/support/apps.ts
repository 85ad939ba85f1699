// Fresh host apps installed with npm from the packed tarballs, as an embedder would. Each app lives in a cache
// folder (~/.cache/auditkit/consumers, or $AUDITKIT_CACHE_DIR) that survives runs: its package.json names the tarballs by content hash, so `npm install` (offline first)
// only fetches what changed, and is skipped when the app's package.json is the one already installed.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Outside the repository's node_modules: bundlers (Turbopack) treat any file under a node_modules folder as a
// dependency, not as the app's own source.
export const cacheRoot = join(
  process.env.AUDITKIT_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'auditkit'),
  'consumers',
);
const templates = fileURLToPath(new URL('../apps/', import.meta.url));

export interface AppSpec {
  /** Folder name under the cache. */
  name: string;
  /** Template folders under test/consumers/apps copied in, later ones over earlier ones. */
  from: string[];
  /** The app's package.json (dependencies on @auditkit/* are filled in with the tarballs). */
  packageJson: Record<string, unknown>;
  tarballs: Record<string, string>;
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(cmd: string, args: string[], options: SpawnOptions & { cwd: string }): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: quietEnv(), ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}):\n${output}`);
  return output;
}

export function quietEnv(extra: Record<string, string> = {}) {
  // Not Vitest's `NODE_ENV=test`: a host's `vite build` run with it made a development bundle (React's checks and
  // every development warning in it), not the production build an embedder ships. Each tool sets its own.
  const { NODE_ENV: _vitest, ...inherited } = process.env;
  return {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

/** Copies the app's files into its cache folder and installs it with npm; returns the folder. */
export function prepareApp({ name, from, packageJson, tarballs }: AppSpec): string {
  const dir = join(cacheRoot, 'apps', name);
  mkdirSync(dir, { recursive: true });
  for (const template of from) cpSync(join(templates, template), dir, { recursive: true });
  const dependencies = { ...(packageJson.dependencies as Record<string, string>) };
  for (const [pkg, tarball] of Object.entries(tarballs)) {
    if (pkg in dependencies) dependencies[pkg] = `file:${tarball}`;
  }
  const manifest = `${JSON.stringify({ ...packageJson, name: `consumer-${name}`, private: true, dependencies }, null, 2)}\n`;
  const key = createHash('sha256').update(manifest).digest('hex');
  const keyFile = join(dir, 'node_modules', '.auditkit-install-key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return dir;
  writeFileSync(join(dir, 'package.json'), manifest);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  writeFileSync(keyFile, key);
  return dir;
}

/** Starts a long-running process and resolves once its output matches `ready`, with the match. */
export function startProcess(
  cmd: string,
  args: string[],
  options: SpawnOptions & { cwd: string },
  ready: RegExp,
  timeoutMs = 60_000,
) {
  const child = spawn(cmd, args, { env: quietEnv(), ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const matched = new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${cmd} not ready in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited (${code}) before it was ready:\n${output}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, matched, stop, output: () => output };
}
