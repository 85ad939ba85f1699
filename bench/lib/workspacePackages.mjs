// What the benchmarks need from the packages, checked before each benchmark so a missing piece is reported by
// name ("run the build", "AuditLog is not exported yet") instead of as a Vite or Playwright stack trace.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPieceError } from './figures.mjs';
import { mockWorkerScript, packagesDir } from './paths.mjs';

/** @typedef {'headless' | 'components' | 'mock-api'} PackageDir */

/**
 * Absolute path of a file in a package's `dist`, or a MissingPieceError naming the build to run.
 *
 * @param {PackageDir} pkg
 * @param {string} [file]
 * @returns {string}
 */
export function distFile(pkg, file = 'index.js') {
  const path = join(packagesDir, pkg, 'dist', file);
  if (!existsSync(path)) {
    throw new MissingPieceError(
      `@auditkit/${pkg} is not built (${file} missing): run \`npm run build\` or \`npm run bench\`.`,
    );
  }
  return path;
}

/**
 * Throws a MissingPieceError unless the built entry of a package exports every given name.
 *
 * @param {PackageDir} pkg
 * @param {readonly string[]} names
 * @param {string} [file]
 */
export function requireExports(pkg, names, file = 'index.js') {
  const text = readFileSync(distFile(pkg, file), 'utf8');
  // tsdown ends an ES module with `export { a, b as c, … }`; every exported name appears in one of those lists.
  const exported = new Set();
  for (const match of text.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) exported.add(name);
    }
  }
  for (const match of text.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)/g)) {
    if (match[1]) exported.add(match[1]);
  }
  const missing = names.filter((name) => !exported.has(name));
  if (missing.length > 0) {
    throw new MissingPieceError(
      `@auditkit/${pkg} does not export ${missing.join(', ')} yet (built dist/${file}).`,
    );
  }
}

/** The mock's service worker script, or a MissingPieceError saying how msw puts it there. @returns {string} */
export function requireMockWorkerScript() {
  if (!existsSync(mockWorkerScript)) {
    throw new MissingPieceError(
      "apps/demo/public/mockServiceWorker.js is missing: `pnpm install` runs msw's postinstall, which writes it.",
    );
  }
  return mockWorkerScript;
}

/**
 * Bytes of every file under a folder, with and without source maps.
 *
 * @param {string} dir
 * @returns {{ all: number, withoutMaps: number, files: number }}
 */
export function folderSize(dir) {
  let all = 0;
  let withoutMaps = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    const stats = statSync(path);
    if (!stats.isFile()) continue;
    files++;
    all += stats.size;
    if (!path.endsWith('.map')) withoutMaps += stats.size;
  }
  return { all, withoutMaps, files };
}
