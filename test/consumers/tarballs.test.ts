// What npm would publish, read from the packed tarballs themselves: the licence file, the manifest's promises, the
// `exports` targets, the `'use client'` directive and the React-free core, source-map comments that resolve, and a
// README that still works on npmjs.com (no link relative to a repository checkout).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const unpacked: Record<string, string> = {};
const scratch = mkdtempSync(join(tmpdir(), 'auditkit-tarballs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function unpack(name: string): string {
  if (unpacked[name]) return unpacked[name];
  const dir = join(scratch, name.replace('/', '__'));
  spawnSync('mkdir', ['-p', dir]);
  const result = spawnSync('tar', ['-xzf', inject('tarballs')[name]!, '-C', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
  return (unpacked[name] = join(dir, 'package'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file path an `exports` map points at. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const packages = ['@auditkit/mock-api', '@auditkit/headless', '@auditkit/components'];

describe.each(packages)('the %s tarball', (name) => {
  const dir = () => unpack(name);
  const manifest = () => JSON.parse(readFileSync(join(dir(), 'package.json'), 'utf8'));

  it('ships the MIT licence its manifest names, and states the Node it needs', () => {
    expect(manifest().license).toBe('MIT');
    expect(readFileSync(join(dir(), 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    // require() of ES-module-only dependencies and our CommonJS builds' syntax need Node 20.19.
    expect(manifest().engines).toEqual({ node: '>=20.19' });
  });

  it('claims no repository or homepage it cannot back (no public repository yet: see .changeset/README.md)', () => {
    const text = JSON.stringify(manifest());
    // The placeholder these manifests once carried: a URL nobody had checked.
    expect(text).not.toContain('github.com/auditkit/auditkit');
    for (const field of ['repository', 'homepage', 'bugs']) expect(manifest()).not.toHaveProperty(field);
  });

  it('has every file its exports, main, module, types and bin point at', () => {
    const m = manifest();
    const targets = [
      ...exportTargets(m.exports),
      m.main,
      m.module,
      m.types,
      ...exportTargets(m.bin ?? {}),
    ].filter(Boolean);
    expect(targets.length).toBeGreaterThan(3);
    const missing = targets.filter((target: string) => !existsSync(join(dir(), target)));
    expect(missing).toEqual([]);
  });

  it('maps every typed subpath entry in typesVersions, to its CommonJS declarations (node10 resolution)', () => {
    const m = manifest();
    const expected: Record<string, string[]> = {};
    for (const [path, target] of Object.entries(m.exports as Record<string, unknown>)) {
      if (path === '.' || path === './package.json') continue;
      // Every entry's `require` types, the stylesheet's too (a .d.cts of its own for CommonJS hosts).
      const { require, types: own } = target as { require?: { types?: string }; types?: string };
      const types = require?.types ?? own;
      // A data file (mock-api's OpenAPI document) resolves as itself.
      const json = typeof target === 'string' && target.endsWith('.json') ? target : undefined;
      if (types ?? json) expected[path.slice(2)] = [(types ?? json)!];
    }
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(m.typesVersions?.['*']).toEqual(expected);
  });

  it('calls no import() in its CommonJS build: Jest in CommonJS mode rejects every one', () => {
    // The search box's language is loaded on demand; an import() of it left in the CommonJS build failed under
    // Jest's default mode (quietly: typing in the box never applied), which the README says works untransformed.
    const calls = filesUnder(join(dir(), 'dist'))
      .filter((file) => file.endsWith('.cjs'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          // Code, not the doc comments kept in the build (which show hosts `() => import('…/search')`).
          .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
          .flatMap((line) => [...line.matchAll(/\bimport\(\s*["'`][^"'`]+["'`]\s*\)/g)])
          .map(([call]) => `${relative(dir(), file)}: ${call}`),
      );
    expect(calls).toEqual([]);
  });

  it('names only source maps it ships, and declarations point at no map', () => {
    const dangling: string[] = [];
    for (const file of filesUnder(dir())) {
      if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
      const comment = readFileSync(file, 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/);
      if (!comment) continue;
      if (/\.d\.c?ts$/.test(file)) dangling.push(`${relative(dir(), file)} (a declaration)`);
      else if (!existsSync(join(dirname(file), comment[1]!))) dangling.push(relative(dir(), file));
    }
    expect(dangling).toEqual([]);
  });

  it('has a README whose links work on npmjs.com: absolute, or an anchor of one of its own headings', () => {
    const readme = readFileSync(join(dir(), 'README.md'), 'utf8').replace(/```[\s\S]*?```/g, '');
    const anchors = new Set(
      [...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
        heading!
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...readme.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map(([, target]) => target!);
    const broken = links.filter((target) =>
      target.startsWith('#') ? !anchors.has(target.slice(1)) : !/^(https?:|mailto:)/.test(target),
    );
    expect(broken).toEqual([]);
  });
});

describe('entry points for servers and clients', () => {
  it('marks the React entries as client modules, built ESM and CommonJS alike', () => {
    for (const [name, files] of [
      ['@auditkit/components', ['dist/index.js', 'dist/index.cjs']],
      ['@auditkit/headless', ['dist/index.js', 'dist/index.cjs']],
    ] as const) {
      for (const file of files) {
        expect(readFileSync(join(unpack(name), file), 'utf8'), `${name}/${file}`).toMatch(/^"use client";/);
      }
    }
  });

  it('keeps @auditkit/headless/core and /search free of React, in every file they load', () => {
    const dir = unpack('@auditkit/headless');
    for (const entry of ['dist/core.js', 'dist/core.cjs', 'dist/search.js', 'dist/search.cjs']) {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        expect(text, relative(dir, file)).not.toMatch(
          /["'](react|react-dom|@tanstack\/react-query)(\/[^"']*)?["']/,
        );
        expect(text, relative(dir, file)).not.toMatch(/^"use client"/);
        for (const [, spec] of text.matchAll(/(?:from|import|require\()\s*\(?["'](\.\/[^"']+)["']/g)) {
          visit(join(dirname(file), spec!));
        }
      };
      visit(join(dir, entry));
      // The core's own chunk was followed, not only the re-exporting entry file.
      expect(seen.size).toBeGreaterThan(1);
    }
  });
});
