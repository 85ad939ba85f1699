// Serves the built Storybook (`storybook-static`, which `npm test` builds in its own step), building it first
// when it is missing, so `vitest run --project storybook-docs` also works on its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../e2e/support/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built Storybook, e.g. `http://127.0.0.1:41234`. */
    storybookUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
// AUDITKIT_STORYBOOK_DIR points the tests at another build (e.g. one made to show that they fail on a broken page).
const output = process.env.AUDITKIT_STORYBOOK_DIR ?? `${root}storybook-static`;

export default async function setup(project: TestProject) {
  if (!existsSync(`${output}/index.json`)) {
    const built = spawnSync(
      'node',
      ['scripts/pnpm.mjs', 'exec', 'storybook', 'build', '-o', output, '--quiet'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (built.status !== 0) throw new Error('[auditkit] storybook build failed (see above)');
  }
  // Cached as a host serves a build: a docs page's previews are each a whole Storybook preview, and with `no-store`
  // every one of them fetched and compiled the same scripts again. The build does not change during the run.
  const server = await serveStatic(output, { maxAge: 3600 });
  project.provide('storybookUrl', server.url);
  return () => server.close();
}
