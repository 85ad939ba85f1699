// CPU time (user + system) used so far by a process and everything it started, read from Linux's /proc. The HTTP
// export benchmark uses it to show where a run's CPU goes (the browser, the mock server) when the wall time is
// bound by the machine's cores rather than by any one thread.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's times: 100 on every Linux this bench runs on (`getconf CLK_TCK`). */
const ticksPerSecond = 100;

/** Whether this machine has /proc to read. */
export const canReadProcessCpu = existsSync('/proc/self/stat');

/** @param {string} pid @returns {{ ppid: number, ticks: number } | undefined} */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of `root` and its descendants, leaving out the subtrees of `except`.
 *
 * @param {number} root
 * @param {number[]} [except]
 * @returns {number}
 */
export function processTreeCpuSeconds(root, except = []) {
  return Object.values(processTreeCpuByKind(root, except)).reduce((sum, seconds) => sum + seconds, 0);
}

/**
 * What kind of process a pid is, from its command line: a Chromium process by its `--type` (a utility process by
 * the service it runs; `browser` without one), anything else by its program's name.
 *
 * @param {number} pid
 */
function kindOf(pid) {
  try {
    // Chromium rewrites its processes' titles: their arguments may be one space-separated string, not NULs.
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const program = line.split(/[\0 ]/)[0]?.split('/').at(-1) ?? '?';
    if (!/chrom/i.test(program)) return program;
    const option = (/** @type {string} */ name) => new RegExp(`--${name}=([^\\s\\0]+)`).exec(line)?.[1];
    const service = option('utility-sub-type');
    return service ? service.replace(/^.*\.mojom\./, '') : (option('type') ?? 'browser');
  } catch {
    return '?';
  }
}

/**
 * {@link processTreeCpuSeconds} by kind of process (`renderer`, `browser`, `NetworkService`, `node`, …), to tell
 * the page's own work from what Chromium's other processes spend on it.
 *
 * @param {number} root
 * @param {number[]} [except]
 * @returns {Record<string, number>}
 */
export function processTreeCpuByKind(root, except = []) {
  /** @type {Map<number, { ppid: number, ticks: number }>} */
  const all = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const found = stat(pid);
    if (found) all.set(Number(pid), found);
  }
  /** @param {number} pid */
  const inTree = (pid) => {
    for (let current = pid; current > 1; current = all.get(current)?.ppid ?? 0) {
      if (except.includes(current)) return false;
      if (current === root) return true;
    }
    return false;
  };
  /** @type {Record<string, number>} */
  const byKind = {};
  for (const [pid, { ticks }] of all) {
    if (!inTree(pid)) continue;
    const kind = kindOf(pid);
    byKind[kind] = (byKind[kind] ?? 0) + ticks / ticksPerSecond;
  }
  return byKind;
}
