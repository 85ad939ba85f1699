// Bundle cost: what embedding costs a host app, measured as the difference between two Vite production builds of
// the same page, one with the piece and one without, so only the bytes the piece brings are counted (every
// dependency included: TanStack Query, Table, Virtual, date-fns, the CSS).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildPage } from './lib/buildPage.mjs';
import { figure, unmeasured } from './lib/figures.mjs';
import { packagesDir } from './lib/paths.mjs';
import { distFile, folderSize, requireExports } from './lib/workspacePackages.mjs';

/** @typedef {import('./lib/figures.mjs').Figure} Figure */

const KiB = 1024;
const group = 'bundle';

/** The host page without the piece: React renders a heading. */
const reactOnlyPage = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(h('main', null, h('h1', null, 'Audit log')));
`;

/** The same page embedding <AuditLog> on the real client (no mock), as the README tells an embedder to. */
const auditLogPage = `
import '@auditkit/components/styles.css';
import { AuditLog } from '@auditkit/components';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(
  h('main', null, h('h1', null, 'Audit log'), h(AuditLog, { baseUrl: '/frontegg', getToken: async () => window.hostToken ?? '' })),
);
`;

/** A page fetching a list with TanStack Query alone: the base for the headless package's own cost. */
const queryOnlyPage = `
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
function Count() {
  const { data } = useQuery({ queryKey: ['audits'], queryFn: () => fetch('/frontegg/audits').then((r) => r.json()) });
  return h('p', null, String(data?.total ?? '…'));
}
createRoot(document.getElementById('root')).render(
  h(QueryClientProvider, { client: new QueryClient() }, h('main', null, h('h1', null, 'Audit log'), h(Count, null))),
);
`;

/** The same page through @auditkit/headless's client and hook. */
const headlessPage = `
import { AuditProvider, createAuditClient, defaultAuditQuery, useAuditEvents } from '@auditkit/headless';
import { QueryClient } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
function Count() {
  const { data } = useAuditEvents(defaultAuditQuery);
  return h('p', null, String(data?.total ?? '…'));
}
const client = createAuditClient({ baseUrl: '/frontegg', getToken: async () => window.hostToken ?? '' });
createRoot(document.getElementById('root')).render(
  h(AuditProvider, { client, queryClient: new QueryClient() }, h('main', null, h('h1', null, 'Audit log'), h(Count, null))),
);
`;

/**
 * Raw, gzip -9 and brotli (quality 11) bytes of a build's JS and CSS, each file compressed on its own as a
 * server sends it.
 *
 * @param {import('./lib/buildPage.mjs').BuiltPage} page
 */
function weigh(page) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const asset of page.assets) {
    const bytes = readFileSync(join(page.outDir, asset.file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length;
  }
  return { raw, gzip, brotli };
}

/**
 * @param {string} prefix
 * @param {string} label
 * @param {{ raw: number, gzip: number, brotli: number }} withPiece
 * @param {{ raw: number, gzip: number, brotli: number }} without
 * @param {import('./lib/figures.mjs').Budget} [gzipBudget]
 * @returns {Figure[]}
 */
function deltaFigures(prefix, label, withPiece, without, gzipBudget) {
  return [
    figure({
      id: `${prefix}.gzip`,
      group,
      label: `${label}, gzip -9`,
      value: withPiece.gzip - without.gzip,
      unit: 'B',
      ...(gzipBudget && { budget: gzipBudget }),
    }),
    figure({
      id: `${prefix}.brotli`,
      group,
      label: `${label}, brotli`,
      value: withPiece.brotli - without.brotli,
      unit: 'B',
    }),
    figure({
      id: `${prefix}.raw`,
      group,
      label: `${label}, minified`,
      value: withPiece.raw - without.raw,
      unit: 'B',
    }),
  ];
}

/** @returns {Promise<Figure[]>} */
async function auditLogCost() {
  const planned = [
    {
      id: 'bundle.auditLog.gzip',
      group,
      label: '<AuditLog> over React alone, gzip -9',
      unit: 'B',
      budget: { op: /** @type {const} */ ('<='), value: 60 * KiB },
    },
    { id: 'bundle.auditLog.brotli', group, label: '<AuditLog> over React alone, brotli', unit: 'B' },
    { id: 'bundle.auditLog.raw', group, label: '<AuditLog> over React alone, minified', unit: 'B' },
  ];
  try {
    requireExports('components', ['AuditLog']);
    distFile('components', 'styles.css');
    const base = weigh(await buildPage({ name: 'bundle-react-only', main: reactOnlyPage }));
    const page = weigh(await buildPage({ name: 'bundle-audit-log', main: auditLogPage }));
    return deltaFigures('bundle.auditLog', '<AuditLog> over React alone', page, base, {
      op: '<=',
      value: 60 * KiB,
    });
  } catch (error) {
    return unmeasured(planned, error);
  }
}

/** @returns {Promise<Figure[]>} */
async function headlessCost() {
  const planned = [
    { id: 'bundle.headless.gzip', group, label: 'headless hook over Query alone, gzip -9', unit: 'B' },
    { id: 'bundle.headless.brotli', group, label: 'headless hook over Query alone, brotli', unit: 'B' },
    { id: 'bundle.headless.raw', group, label: 'headless hook over Query alone, minified', unit: 'B' },
  ];
  try {
    requireExports('headless', ['AuditProvider', 'createAuditClient', 'defaultAuditQuery', 'useAuditEvents']);
    const base = weigh(await buildPage({ name: 'bundle-query-only', main: queryOnlyPage }));
    const page = weigh(await buildPage({ name: 'bundle-headless', main: headlessPage }));
    return deltaFigures('bundle.headless', 'headless hook over Query alone', page, base);
  } catch (error) {
    return unmeasured(planned, error);
  }
}

/**
 * What `npm pack` would publish: unpacked size of the package (dist, package.json, README, LICENSE).
 *
 * @returns {Figure[]}
 */
function packageSizes() {
  /** @type {Figure[]} */
  const figures = [];
  for (const pkg of /** @type {const} */ (['headless', 'components', 'mock-api'])) {
    const id = `bundle.unpacked.${pkg}`;
    const label = `@auditkit/${pkg} unpacked (npm pack)`;
    try {
      distFile(pkg);
      const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: join(packagesDir, pkg),
        encoding: 'utf8',
      });
      if (result.status !== 0)
        throw new Error(`npm pack --dry-run failed: ${result.stderr.trim().split('\n').pop()}`);
      const [info] = JSON.parse(result.stdout);
      const dist = folderSize(join(packagesDir, pkg, 'dist'));
      figures.push(
        figure({
          id,
          group,
          label,
          value: info.unpackedSize,
          unit: 'B',
          note: `tarball ${info.size} B, ${info.entryCount} files`,
        }),
        figure({
          id: `${id}.noMaps`,
          group,
          label: `@auditkit/${pkg} dist without source maps`,
          value: dist.withoutMaps,
          unit: 'B',
        }),
      );
    } catch (error) {
      figures.push(...unmeasured([{ id, group, label, unit: 'B' }], error));
    }
  }
  return figures;
}

/**
 * Runs the bundle benchmarks.
 *
 * @returns {Promise<Figure[]>}
 */
export async function run() {
  return [...(await auditLogCost()), ...(await headlessCost()), ...packageSizes()];
}
