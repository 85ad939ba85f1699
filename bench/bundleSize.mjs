// Bundle cost: what embedding costs a host app, measured as the difference between two Vite production builds of
// the same page, one with the piece and one without, so only the bytes the piece brings are counted (every
// dependency included: TanStack Query and Table, the CSS).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildPage } from './lib/buildPage.mjs';
import { figure, round, unmeasured } from './lib/figures.mjs';
import { buildWithEsbuild, installHostApp } from './lib/npmHostApp.mjs';
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

/**
 * The same page through @auditkit/headless's client and hook: with the list-only client, what a page that only
 * lists events needs, or with the full client, whose unused methods (export, stats, IP lookups) it then also ships.
 *
 * @param {'createAuditListClient' | 'createAuditClient'} factory
 */
const headlessPage = (factory) => `
import { AuditProvider, ${factory}, defaultAuditQuery, useAuditEvents } from '@auditkit/headless';
import { QueryClient } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
function Count() {
  const { data } = useAuditEvents(defaultAuditQuery);
  return h('p', null, String(data?.total ?? '…'));
}
const client = ${factory}({ baseUrl: '/frontegg', getToken: async () => window.hostToken ?? '' });
createRoot(document.getElementById('root')).render(
  h(AuditProvider, { client, queryClient: new QueryClient() }, h('main', null, h('h1', null, 'Audit log'), h(Count, null))),
);
`;

/**
 * Raw, gzip -9 and brotli (quality 11) bytes of some of a build's JS and CSS files, each compressed on its own as
 * a server sends it.
 *
 * @param {{ outDir: string }} page
 * @param {Array<{ file: string }>} files
 */
function weigh(page, files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const asset of files) {
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

/** @param {{ outDir: string }} page @param {{ file: string }} asset */
const gzipOf = (page, asset) => gzipSync(readFileSync(join(page.outDir, asset.file)), { level: 9 }).length;

const totalBudget = { op: /** @type {const} */ ('<='), value: 50 * KiB };
const firstLoadBudget = { op: /** @type {const} */ ('<='), value: 40 * KiB };
const headlessBudget = { op: /** @type {const} */ ('<='), value: 5 * KiB };

/**
 * @typedef {object} HarnessPage
 * @property {string} outDir
 * @property {Array<{ file: string }>} assets every file the build wrote
 * @property {Array<{ file: string }>} initial the entry, its static imports and their CSS
 * @property {Array<{ file: string }>} loadable `initial` and every chunk its code can import on demand
 */

/**
 * One harness's figures: <AuditLog> in all (every chunk, the on-demand ones included) and at first load (the entry
 * and its static imports, CSS included), each over the React-only page's whole build; the headless list hook over
 * TanStack Query alone. Brotli and minified bytes for information.
 *
 * @param {string} harness id part: `vite` or `esbuild`
 * @param {string} title how the labels name the harness
 * @param {(name: string, main: string) => Promise<HarnessPage>} build
 * @returns {Promise<Figure[]>}
 */
async function harnessFigures(harness, title, build) {
  const reactOnly = await build(`${harness}-react-only`, reactOnlyPage);
  const auditLog = await build(`${harness}-audit-log`, auditLogPage);
  const queryOnly = await build(`${harness}-query-only`, queryOnlyPage);
  const headless = await build(`${harness}-headless`, headlessPage('createAuditListClient'));
  const headlessFull = await build(`${harness}-headless-full`, headlessPage('createAuditClient'));
  // Each page weighs what its code can load (not a chunk esbuild writes for an import() in code it dropped).
  const base = weigh(reactOnly, reactOnly.loadable);
  const all = weigh(auditLog, auditLog.loadable);
  const first = weigh(auditLog, auditLog.initial);
  const onDemand = auditLog.loadable.filter((asset) => !auditLog.initial.includes(asset));
  const hook = weigh(headless, headless.loadable);
  const hookFull = weigh(headlessFull, headlessFull.loadable);
  const query = weigh(queryOnly, queryOnly.loadable);
  const unloadable = (/** @type {HarnessPage} */ page) => {
    const count = page.assets.length - page.loadable.length;
    return count ? `; ${count} file${count === 1 ? '' : 's'} no code loads left out` : '';
  };
  const [total, firstLoad, listHook, listHookFull] = plannedFigures(harness, title);
  return [
    figure({
      ...total,
      value: all.gzip - base.gzip,
      note: `every dependency (Query, Table, headless, CSS), ${auditLog.loadable.length} files${unloadable(auditLog)}; brotli ${round((all.brotli - base.brotli) / KiB, 1)} KiB, minified ${round((all.raw - base.raw) / KiB, 1)} KiB`,
    }),
    figure({
      ...firstLoad,
      value: first.gzip - base.gzip,
      note: onDemand.length
        ? `on demand: ${onDemand.map((asset) => `${chunkName(asset.file)} ${round(gzipOf(auditLog, asset) / KiB, 1)} KiB`).join(', ')}`
        : 'nothing loads on demand',
    }),
    figure({
      ...listHook,
      value: hook.gzip - query.gzip,
      note: `with createAuditListClient; brotli ${round((hook.brotli - query.brotli) / KiB, 1)} KiB, minified ${round((hook.raw - query.raw) / KiB, 1)} KiB${unloadable(headless)}`,
    }),
    figure({
      ...listHookFull,
      value: hookFull.gzip - query.gzip,
      note: `every client method (export, stats, IP lookups) shipped unused; minified ${round((hookFull.raw - query.raw) / KiB, 1)} KiB${unloadable(headlessFull)}`,
    }),
  ];
}

/** `assets/VirtualRows-Cj0jzO5--DSlv5JPr.js` → `VirtualRows`. @param {string} file */
const chunkName = (file) => (file.split('/').pop() ?? file).replace(/(-[\w-]{8})+\.(js|css)$/, '');

/**
 * The figures one harness gives, without their values: `harnessFigures` fills them in, `unmeasured` lists them
 * when the harness cannot run.
 * @param {'vite' | 'esbuild'} harness @param {string} title
 */
const plannedFigures = (harness, title) =>
  [
    {
      id: `bundle.${harness}.auditLog.gzip`,
      label: `${title}: <AuditLog> over React alone, all chunks, gzip -9`,
      budget: totalBudget,
    },
    {
      id: `bundle.${harness}.auditLog.firstLoad.gzip`,
      label: `${title}: <AuditLog> first load over React alone, gzip -9`,
      budget: firstLoadBudget,
    },
    {
      id: `bundle.${harness}.headless.gzip`,
      label: `${title}: headless list hook over Query alone, gzip -9`,
      budget: headlessBudget,
    },
    {
      id: `bundle.${harness}.headless.fullClient.gzip`,
      label: `${title}: … the same with createAuditClient, gzip -9`,
    },
  ].map((item) => ({ ...item, group, unit: /** @type {const} */ ('B') }));

/** @returns {Promise<Figure[]>} */
async function viteCost() {
  const title = 'Vite 8 (workspace)';
  try {
    requireExports('components', ['AuditLog']);
    distFile('components', 'styles.css');
    requireExports('headless', [
      'AuditProvider',
      'createAuditClient',
      'createAuditListClient',
      'defaultAuditQuery',
      'useAuditEvents',
    ]);
    return await harnessFigures('vite', title, (name, main) => buildPage({ name: `bundle-${name}`, main }));
  } catch (error) {
    return unmeasured(plannedFigures('vite', title), error);
  }
}

/** @returns {Promise<Figure[]>} */
async function esbuildCost() {
  const title = 'esbuild (npm-installed tarballs)';
  try {
    installHostApp();
    return await harnessFigures('esbuild', title, buildWithEsbuild);
  } catch (error) {
    return unmeasured(plannedFigures('esbuild', title), error);
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
  return [...(await viteCost()), ...(await esbuildCost()), ...packageSizes()];
}
