import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildNodeEntry } from '../test/buildNodeEntry.ts';

// An embedder's test process, or a CI job, ends when its last timer does. A scenario's wait (up to 30 s) was a
// plain setTimeout that neither an aborted request nor `close()` ended, so the process stayed for the whole wait.
// The child is built like the CLI's test builds the CLI: Node 20 cannot run the TypeScript sources itself.
let built: Awaited<ReturnType<typeof buildNodeEntry>> | undefined;
let childPath = '';

beforeAll(async () => {
  built = await buildNodeEntry('src/test/abortThenCloseChild.ts');
  childPath = built.path;
}, 60_000);

afterAll(() => built?.remove());

it.each([
  ['a request aborted during latencyMs', 'abort'],
  ['a request still waiting out latencyMs when the server closes', 'close-in-flight'],
  ['a slow export aborted while it waits for its next chunk', 'slow-export'],
])('lets the process exit right after close(), whatever the 30 s wait of %s', async (_what, mode) => {
  const child = spawn(process.execPath, [childPath, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let closedAt = 0;
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (chunk.includes('closed')) closedAt = performance.now();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Far less than the wait; a process still alive then is killed, so the test itself never waits 30 s.
  const killer = setTimeout(() => child.kill('SIGKILL'), 8_000);
  const code = await exited;
  clearTimeout(killer);
  expect(err).toBe('');
  expect(closedAt).toBeGreaterThan(0);
  expect(code).toBe(0);
  expect(performance.now() - closedAt).toBeLessThan(2_000);
});
