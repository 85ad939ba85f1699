// Starts bench/lib/mockServerProcess.mjs (the standalone mock on 127.0.0.1, in a child process so whoever
// measures it does not share its event loop) and gives its URL and a way to change its scenario.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { benchDir } from './paths.mjs';

/**
 * @param {{ strict?: boolean }} [options] `strict`: the mock answers a query parameter its endpoint does not list
 *   with a 400 (see `createMockAuditApi`'s `strict`), instead of ignoring it.
 * @returns {Promise<{ url: string, pid: number, send: (message: object) => Promise<void>, stop: () => Promise<void> }>}
 * @example
 * const server = await startMockServer();
 * await server.send({ type: 'scenario', scenario: { latencyMs: 0 } });
 * await server.stop();
 */
export async function startMockServer({ strict = false } = {}) {
  const child = fork(join(benchDir, 'lib', 'mockServerProcess.mjs'), strict ? ['--strict'] : [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the mock server process exited ${code} before listening`);
    }),
  ]);
  /** @param {object} message */
  const send = async (message) => {
    const acked = once(child, 'message');
    child.send(message);
    await acked;
  };
  return {
    url: ready.url,
    pid: /** @type {number} */ (child.pid),
    send,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await exited;
    },
  };
}
