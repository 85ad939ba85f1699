// Packs the three published packages as npm would publish them (`pnpm pack`: workspace ranges become versions)
// and names each tarball after its content hash, so a consumer app's package.json changes exactly when the
// package did (npm reinstalls it) and stays the same otherwise (the cached install is reused as it is).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root } from './toolchain.mjs';

export const publishedPackages = ['mock-api', 'headless', 'components'];

/** Packs every published package into `outDir`; returns `{ '@auditkit/<name>': absolute tarball path }`. */
export function packPackages(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tarballs = {};
  for (const name of publishedPackages) {
    const dir = join(root, 'packages', name);
    const staging = join(outDir, `.${name}`);
    mkdirSync(staging);
    const status = pnpm(['pack', '--pack-destination', staging], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const [file] = readdirSync(staging).filter((entry) => entry.endsWith('.tgz'));
    if (status !== 0 || !file) throw new Error(`pnpm pack failed in packages/${name}`);
    const hash = createHash('sha256')
      .update(readFileSync(join(staging, file)))
      .digest('hex')
      .slice(0, 12);
    const target = join(outDir, file.replace(/\.tgz$/, `-${hash}.tgz`));
    renameSync(join(staging, file), target);
    rmSync(staging, { recursive: true });
    tarballs[`@auditkit/${name}`] = target;
  }
  return tarballs;
}
