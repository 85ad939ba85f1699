// Vite SPAs at both ends of the peer ranges, built with `vite build` and type-checked against each React's own
// types, rendering rows from the standalone mock server started with the package's own bin
// (`npx @auditkit/mock-api`) on an ephemeral port, over HTTP with CORS. React 18.3 with the lowest versions we
// accept (TanStack Query 5.108, as our declarations use its QueryKeyWithDataTag, missing from 5.90; msw 2.15), and
// React 19.0.0, the lowest 19, with the newest TanStack Query 5 when this was written, 5.108.4 (the Next host runs
// the newest React 19).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareApp, run, startProcess } from './support/apps.ts';
import { openBrowser, openPage } from './support/browser.ts';
import { serveStatic } from './support/staticServer.ts';

const hosts = [
  {
    react: '18',
    deps: { react: '18.3.1', 'react-dom': '18.3.1', '@tanstack/react-query': '5.108.0', msw: '2.15.0' },
    types: { '@types/react': '^18.3.0', '@types/react-dom': '^18.3.0' },
  },
  {
    react: '19',
    deps: { react: '19.0.0', 'react-dom': '19.0.0', '@tanstack/react-query': '5.108.4', msw: '2.15.0' },
    types: { '@types/react': '^19.0.0', '@types/react-dom': '^19.0.0' },
  },
];

/**
 * The first code block after a heading of @auditkit/headless's README, as a module for the app to type-check
 * (with `prelude` for the names the example takes as given), so an example an embedder copies compiles, under the
 * app's strictest options too.
 */
function readmeExample(heading: string, prelude = ''): string {
  const readme = readFileSync(join(import.meta.dirname, '../../packages/headless/README.md'), 'utf8');
  const from = readme.indexOf(`\n${heading}\n`);
  const block = from === -1 ? null : /```tsx?\n([\s\S]*?)```/.exec(readme.slice(from));
  if (!block) throw new Error(`no code block under "${heading}" in packages/headless/README.md`);
  return `// Written by vite.test.ts from packages/headless/README.md.\n${prelude}${block[1]}`;
}

describe('the @auditkit/headless README examples', () => {
  it('hand the saved views the query state of the screen they sit in, the table’s, not a second one', () => {
    // Two `useAuditQueryState`s on one URL prefix do not follow each other (a push is heard by no other hook): a
    // view applied from a menu with its own state changed the address bar, not the table beside it.
    const example = readmeExample('### Saved views');
    const views = /\nfunction MyViews\([\s\S]*?\n\}\n/.exec(example)?.[0] ?? '';
    expect(views).toContain('useAuditViews(');
    expect(views).not.toMatch(/\buse(AuditQueryState|ColumnPreferences)\(/);
    // The owner renders both, with one state: the views and the custom UI's table.
    expect(example.match(/\buseAuditQueryState\(/g)).toHaveLength(1);
    expect(example).toMatch(/<MyViews[^>]*\sstate=\{state\}[^>]*\spreferences=\{preferences\}/);
    expect(example).toMatch(/<MyAuditLog state=\{state\} \/>/);
  });

  it('preload the export engine when the export control is pointed at or focused, and give the export its size', () => {
    // As the README's entry points advise: an engine still being fetched in the click loses the file picker. And
    // without `expectedRows`, `target: 'auto'` cannot choose a plain download for a file that fits in memory: the
    // list's own rule gives it (none from a lower-bound count or the previous filter's).
    const example = readmeExample('### A custom UI on the hooks only');
    const control =
      /<button(?:(?!<\/button>)[\s\S])*?csv\.start\(\{[\s\S]*?<\/button>/.exec(example)?.[0] ?? '';
    expect(control).toMatch(/onPointerEnter=\{preloadAuditExport\}/);
    expect(control).toMatch(/onFocus=\{preloadAuditExport\}/);
    expect(control).toMatch(/\.\.\.exportOptionsFromList\(list\)/);
  });
});

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

describe.each(hosts)('Vite + React $react host', ({ react, deps, types }) => {
  let dir = '';
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  beforeAll(() => {
    dir = prepareApp({
      name: `vite-react${react}`,
      from: ['vite'],
      tarballs: inject('tarballs'),
      packageJson: {
        type: 'module',
        dependencies: {
          '@auditkit/components': '',
          '@auditkit/headless': '',
          '@auditkit/mock-api': '',
          ...deps,
        },
        devDependencies: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0', typescript: '6.0.3', ...types },
      },
    });
  });

  it('type-checks against React ' + react + '’s types and builds', () => {
    writeFileSync(join(dir, 'src/readmeQueryModel.ts'), readmeExample('## Query model and URL'));
    // Named as the saved views example imports it ('./AuditScreen', the custom UI it sits beside).
    writeFileSync(
      join(dir, 'src/AuditScreen.tsx'),
      readmeExample('### A custom UI on the hooks only', 'declare const session: { token: string };\n'),
    );
    writeFileSync(join(dir, 'src/readmeSavedViews.tsx'), readmeExample('### Saved views'));
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
    run(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir });
  });

  it('ships none of the development warnings in its production build', () => {
    // Text an embedder reads while building and their users never: each warning's check is written so the
    // host's bundler folds it, and the text goes with it. One phrase of each, from its own string literal.
    const assets = join(dir, 'dist/assets');
    const code = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    expect(code).toContain('Audit events');
    for (const phrase of [
      'is in milliseconds, and',
      'are kept in memory for this page',
      'was given a new',
      'is not one this browser knows',
      'keeps a time zone of its own',
      'own is used. See AuditMessages',
      'so English is used for',
      'each keep a view state of their own',
    ])
      expect(code, phrase).not.toContain(phrase);
  });

  it('renders <AuditLog> on the server with React ' + react + ', React logging nothing', () => {
    const output = run(process.execPath, ['ssr.mjs'], { cwd: dir });
    const result = JSON.parse(output.trim().split('\n').at(-1)!);
    expect(result.errors).toEqual([]);
    expect(result.html).toBeGreaterThan(1000);
  });

  it('renders rows from the standalone mock and opens an event’s details, with no console error', async () => {
    const mock = startProcess(
      join(dir, 'node_modules/.bin/auditkit-mock-api'),
      [],
      { cwd: dir, env: { ...process.env, PORT: '0', EVENTS_PER_TENANT: '60' } },
      /ADMIN_A=(\S+)[\s\S]*?(?:on )?(http:\/\/127\.0\.0\.1:\d+)|on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*?ADMIN_A=(\S+)/,
    );
    stops.push(mock.stop);
    const match = await mock.matched;
    const api = match[3] ?? match[2]!;
    const token = match[4] ?? match[1]!;
    const site = await serveStatic(join(dir, 'dist'));
    stops.push(site.close);
    const { page, errors, close } = await openPage(browser!);
    try {
      await page.goto(`${site.url}/?api=${encodeURIComponent(api)}&token=${encodeURIComponent(token)}`);
      await page.getByText(`React ${react}.`).waitFor();
      const table = page.getByRole('grid', { name: 'Audit events' });
      await table.getByRole('row').nth(5).waitFor();
      expect(await page.getByRole('navigation', { name: 'Pagination' }).textContent()).toContain('of 60');
      // The details panel is code loaded on demand (React.lazy): it opens on this React too.
      const details = table.getByRole('button', { name: /^Details of / }).first();
      await details.click();
      expect(await details.getAttribute('aria-expanded')).toBe('true');
      await page.locator('[data-slot="audit-details-fields"]').waitFor();
      expect(await page.locator('[data-slot="audit-details-fields"]').innerText()).toMatch(/User Agent/i);
      // On a phone's width the Views menu keeps inside the window on this React too: its placement is handed the
      // menu's element by a callback prop, not by \`ref\`, which React 18 keeps from a function component.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.getByRole('button', { name: 'Views' }).click();
      const menu = page.getByRole('menu', { name: 'Views' });
      await menu.getByRole('menuitem').first().waitFor();
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
