// Next.js App Router, built and served for real: a Server Component uses the React-free core and renders the client
// wrapper; the page is server-rendered with the link's filter, then hydrated in Chromium under a non-UTC time zone
// and another locale with no console error, and shows rows from the mock behind a route handler.
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareApp, run, startProcess } from './support/apps.ts';
import { openBrowser, openPage } from './support/browser.ts';

/** A free port: `next start` cannot report the port it got from `-p 0`. */
function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The table's header cells in server HTML, as markup. */
function headerCells(html: string): string[] {
  return html
    .split('data-slot="audit-table-header"')
    .slice(1)
    .map((rest) => rest.slice(0, rest.indexOf('</th>')));
}

describe('Next.js App Router host', () => {
  let base = '';
  let stop: () => Promise<void> = async () => {};
  let serverOutput: () => string = () => '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    const dir = prepareApp({
      name: 'next',
      from: ['next'],
      tarballs: inject('tarballs'),
      packageJson: {
        scripts: {},
        dependencies: {
          '@auditkit/components': '',
          '@auditkit/headless': '',
          '@auditkit/mock-api': '',
          '@tanstack/react-query': '5.108.0',
          msw: '2.15.0',
          next: '16.4.6',
          react: '19.3.1',
          'react-dom': '19.3.1',
        },
        devDependencies: {
          typescript: '6.0.3',
          '@types/node': '^20.19.0',
          '@types/react': '^19.3.0',
          '@types/react-dom': '^19.3.0',
        },
      },
    });
    run(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir });
    const port = await freePort();
    const server = startProcess(
      join(dir, 'node_modules/.bin/next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: dir },
      /Ready in|started server/i,
    );
    stop = server.stop;
    serverOutput = server.output;
    await server.matched;
    base = `http://127.0.0.1:${port}`;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stop();
  });

  const link = '/?audit.sev=High';

  it('server-renders the page with the link’s filter (the core ran in a Server Component)', async () => {
    const html = await (await fetch(`${base}${link}`)).text();
    expect(html).toMatch(/Filtered on the server by: (<!-- -->)?severity/);
    expect(html).toContain('aria-label="Audit log"');
    expect(html).toContain('Remove filter Severity: High');
  });

  it('renders parts imported straight into a Server Component', async () => {
    const response = await fetch(`${base}/direct`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Europe/Berlin');
  });

  // A user's saved column choice (Severity shown, User hidden): the server cannot see storage, so its HTML has the
  // default columns; the stored choice is applied right after hydration, with no mismatch.
  const savedColumns = {
    order: ['createdAt', 'email', 'action', 'description', 'ip', 'severity', 'userAgent', 'json'],
    visible: ['createdAt', 'action', 'description', 'ip', 'severity'],
  };

  /** Opens `path` under America/New_York and de-DE with saved columns; checks hydration, the chip, rows, columns. */
  async function hydrateAndCheck(path: string) {
    const { page, errors, close } = await openPage(browser!, {
      timezoneId: 'America/New_York',
      locale: 'de-DE',
    });
    try {
      await page.addInitScript((value) => {
        localStorage.setItem('auditkit.columns:-:user-acme-ada', value);
      }, JSON.stringify(savedColumns));
      await page.goto(`${base}${path}`);
      const log = page.getByRole('region', { name: 'Audit log' });
      await log.getByRole('button', { name: 'Remove filter Severity: High' }).waitFor();
      const grid = log.getByRole('grid', { name: 'Audit events' });
      await grid.getByRole('row').nth(2).waitFor();
      await grid.getByRole('columnheader', { name: 'Severity' }).waitFor();
      expect(await grid.getByRole('columnheader', { name: 'User', exact: true }).count()).toBe(0);
      await log.getByRole('option', { name: /America\/New_York/ }).waitFor({ state: 'attached' });
      expect(new URL(page.url()).search).toContain('audit.sev=High');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }

  it('hydrates in Chromium in another time zone and locale, with saved columns, with no console error, then shows rows', async () => {
    const html = await (await fetch(`${base}${link}`)).text();
    // The server's HTML has the default columns (it cannot see the browser's storage).
    expect(headerCells(html).some((cell) => cell.includes('>User<'))).toBe(true);
    expect(headerCells(html).some((cell) => cell.includes('>Severity<'))).toBe(false);
    await hydrateAndCheck(link);
  });

  it('server-renders and hydrates <AuditLog> imported straight into a Server Component (token by server action)', async () => {
    const html = await (await fetch(`${base}/server${link}`)).text();
    expect(html).toContain('aria-label="Audit log"');
    expect(html).toContain('Remove filter Severity: High');
    await hydrateAndCheck(`/server${link}`);
  });

  /** The App Router page at `link` in a fresh page, once the log shows its rows; `close()` ends the visit. */
  async function openLinkedLog() {
    const opened = await openPage(browser!);
    try {
      // The app has no icon: the browser's request for one, which these longer visits live to see, is no error.
      await opened.page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await opened.page.goto(`${base}${link}`);
      const log = opened.page.getByRole('region', { name: 'Audit log' });
      await log.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(2).waitFor();
      return { ...opened, log };
    } catch (error) {
      await opened.close();
      throw error;
    }
  }

  // The log writes the URL with history.pushState/replaceState; Next's App Router must hear of it, or its next
  // render (a refresh, a server action) writes the URL it holds back: the removed filter reappeared in the URL,
  // came back on reload, and the host's useSearchParams() stayed stale.
  it('keeps the App Router told of the log’s URL: a removed filter stays removed through router.refresh()', async () => {
    const { page, errors, close, log } = await openLinkedLog();
    try {
      await log.getByRole('button', { name: 'Remove filter Severity: High' }).click();
      await page.waitForURL((url) => !url.searchParams.has('audit.sev'));
      await page.getByText('Router sees severity: none').waitFor();
      await page.getByRole('button', { name: 'Refresh' }).click();
      // The server renders the page again, for the URL the router holds.
      await page.getByText('Filtered on the server by: nothing').waitFor();
      expect(new URL(page.url()).searchParams.has('audit.sev')).toBe(false);
      expect(await log.getByRole('button', { name: 'Remove filter Severity: High' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // router.refresh() has Next write the current entry's history state again, its own marks without the log's. Back
  // to that entry was ignored, so the log stayed on the page after it while the address bar showed the entry's URL.
  it('follows Back onto the entry router.refresh() rewrote', async () => {
    const { page, errors, close, log } = await openLinkedLog();
    try {
      await page.waitForFunction(() => Object.hasOwn(history.state ?? {}, '__auditkit'));
      await page.getByRole('button', { name: 'Refresh' }).click();
      // Next's own write: the entry no longer carries the log's mark (what made Back skip it).
      await page.waitForFunction(() => !Object.hasOwn(history.state ?? {}, '__auditkit'));
      const search = log.getByRole('combobox', { name: 'Search events' });
      await search.fill('login');
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('audit.q') === 'login');
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('audit.q'));
      await expect.poll(() => search.inputValue()).not.toContain('login');
      expect(new URL(page.url()).searchParams.get('audit.sev')).toBe('High');
      expect(await log.getByRole('button', { name: 'Remove filter Severity: High' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // Last: after every page above was rendered on the server (the prefetch and token calls a server render starts
  // included), Next's log holds no error.
  it('logs no error on the server while rendering those pages', () => {
    expect(serverOutput()).toMatch(/Ready in/);
    expect(serverOutput()).not.toMatch(/error|⨯|unhandled/i);
  });
});
