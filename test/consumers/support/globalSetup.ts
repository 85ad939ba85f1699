// Packs the packages once for every consumer app (building them first when dist/ is missing, as on a fresh clone
// running only this suite; `npm test` builds before).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain .mjs helpers shared with scripts/test.mjs
import { packPackages } from '../../../scripts/lib/packPackages.mjs';
// @ts-expect-error plain .mjs helpers shared with scripts/test.mjs
import { pnpm, root } from '../../../scripts/lib/toolchain.mjs';
import { cacheRoot } from './apps.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<string, string>;
  }
}

export default function setup(project: TestProject) {
  const built = ['mock-api', 'headless', 'components'].every((name) =>
    existsSync(join(root as string, 'packages', name, 'dist', 'index.js')),
  );
  if (!built && (pnpm as (args: string[]) => number)(['-r', '--filter', './packages/*', 'build']) !== 0) {
    throw new Error('building the packages failed');
  }
  const tarballs = (packPackages as (dir: string) => Record<string, string>)(join(cacheRoot, 'tarballs'));
  project.provide('tarballs', tarballs);
}
