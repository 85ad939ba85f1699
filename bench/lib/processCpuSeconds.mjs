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
  let ticks = 0;
  for (const [pid, { ticks: own }] of all) if (inTree(pid)) ticks += own;
  return ticks / ticksPerSecond;
}
