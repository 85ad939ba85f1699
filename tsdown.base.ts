// The one build of the three published packages (each package's tsdown.config.ts only names its entries).
// ESM for bundlers and Node, CommonJS for `require` (Jest in CommonJS mode, `module: node16` TypeScript), each with
// its own declarations (.d.ts / .d.cts). JavaScript source maps carry their sources inline (`sourcesContent`), so
// they resolve from the tarball; declaration maps are not emitted, since they would point at sources we do not ship.
// `'use client'` is written at the top of a React entry's source (src/index.ts): Rolldown keeps an entry module's
// directive in its built file (test/consumers checks the files).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';

export interface AuditkitPackageOptions {
  /** Entry files, e.g. `{ index: 'src/index.ts' }`; the key is the file name in dist/. */
  entry: Record<string, string>;
  /** Files copied into dist/ as they are (e.g. the stylesheet). */
  copy?: UserConfig['copy'];
  /** Dependencies never bundled, beyond the dependencies and peers tsdown leaves out by itself. */
  neverBundle?: (string | RegExp)[];
  /**
   * Dependencies that ship only ESM: bundled into the CommonJS build (which cannot `require` them under Jest or
   * Node < 20.19), left as imports in the ESM build.
   */
  esmOnlyDependencies?: (string | RegExp)[];
  /** Entries built only as ESM (a CLI with top-level await is run, never required). */
  esmOnlyEntries?: readonly string[];
}

export function auditkitPackage(options: AuditkitPackageOptions) {
  const { entry, copy, neverBundle = [], esmOnlyDependencies = [], esmOnlyEntries = [] } = options;
  const cjsEntry = Object.fromEntries(
    Object.entries(entry).filter(([name]) => !esmOnlyEntries.includes(name)),
  );
  const shared = {
    entry,
    // Neutral: the library entries carry no Node assumptions; Node built-ins (mock-api's node and cli) stay imports.
    platform: 'neutral',
    sourcemap: true,
    dts: { sourcemap: false },
    // Shared chunks keep their content hash: named like an entry (`core`), a chunk once took `core.d.ts` and left
    // the entry's types exporting mangled names (TS2460 in consumers; test/consumers caught it).
    hash: true,
    hooks: {
      // The declaration bundler still appends `//# sourceMappingURL=*.d.ts.map` with maps turned off: a comment
      // pointing at a file that does not exist makes editors and attw look for it.
      'build:done': async ({ chunks }) => {
        for (const chunk of chunks) {
          if (!/\.d\.c?ts$/.test(chunk.fileName)) continue;
          const file = join(chunk.outDir, chunk.fileName);
          const text = await readFile(file, 'utf8');
          await writeFile(
            file,
            text
              .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
              // The bundler writes `import type` back as `import`, and TypeScript honours `resolution-mode` on a
              // type-only import alone (TS2856 in a .d.cts): mock-api's `msw/browser` types, which Node's
              // `require` condition maps to nothing, then went missing in a CommonJS host.
              .replace(
                /^import (\{[^}]*\} from "[^"]+" with \{ "resolution-mode": "(?:import|require)" \};)$/gm,
                'import type $1',
              ),
          );
        }
      },
    },
  } satisfies UserConfig;
  return defineConfig([
    { ...shared, format: 'esm', unbundle: true, copy, deps: { neverBundle } },
    {
      ...shared,
      entry: cjsEntry,
      format: 'cjs',
      clean: false,
      deps: { neverBundle, alwaysBundle: esmOnlyDependencies },
      // An import() of another package (the search language, `@auditkit/headless/search`) becomes a require():
      // Jest in its default CommonJS mode rejects every import(), so the search box never got its language.
      outputOptions: { dynamicImportInCjs: false },
    },
  ]);
}
