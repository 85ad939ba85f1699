// `npm start` must serve the demo on a machine where something already listens on the demo's usual port (another
// Vite app on 5173 is common): it takes the next free port and prints that address, instead of failing.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Holds 127.0.0.1:5173 for the test, or leaves it to whatever holds it already (it is taken either way). */
async function holdPort5173(): Promise<void> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => {
    server.once('error', () => resolve());
    server.listen(5173, '127.0.0.1', () => {
      cleanups.push(() => server.close());
      resolve();
    });
  });
}

describe('npm start', () => {
  it('serves the demo on the next free port when 5173 is taken, and prints where', async () => {
    await holdPort5173();
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      detached: true,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The whole group: pnpm and the Vite server under it.
    cleanups.push(() => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found) resolve(found[1]!);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) =>
        reject(new Error(`npm start exited (${code}) before serving:\n${output}`)),
      );
    });
    expect(new URL(url).port).not.toBe('5173');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Acme Cloud · Admin</title>');
  }, 120_000);
});
