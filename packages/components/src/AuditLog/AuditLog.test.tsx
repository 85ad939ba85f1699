import { createAuditClient, defaultAuditQuery } from '@auditkit/headless';
import { createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { axeViolations } from '../test/axe.ts';
import { mockNow, requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';
import { firstPageWaitMs } from './FirstPageGate.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

describe('AuditLog', () => {
  it('works with only baseUrl and getToken: stats, filters, table, pagination', async () => {
    const screen = await render(
      <AuditLog baseUrl="" getToken={getToken} defaultTimeZone="UTC" locale="en-US" />,
    );
    const region = screen.getByRole('region', { name: 'Audit log' });
    await expect.element(region.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await expect.element(region.getByRole('search', { name: 'Filters' })).toBeVisible();
    await expect
      .element(region.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    await expect.element(region.getByRole('definition').first()).toBeVisible();
    await expect.element(region.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
    // One list request on first load: no double fetch.
    const lists = requests.filter(
      (url) => url.pathname.endsWith('/audits/resources/audits/v2') && url.searchParams.get('count') !== '1',
    );
    expect(lists).toHaveLength(1);
  });

  it('asks for its first page and the column metadata while it first renders, before anything is on the page', async () => {
    // A token at hand (not a promise), so nothing has to be waited for before the requests can leave.
    const token = await getToken();
    const container = document.body.appendChild(document.createElement('div'));
    const sent: { path: string; onPage: boolean; count?: string | null }[] = [];
    const client = createAuditClient({
      baseUrl: '',
      getToken: () => token,
      fetch: (input, init) => {
        const url = new URL(String(input), location.href);
        sent.push({
          path: url.pathname,
          onPage: container.hasChildNodes(),
          count: url.searchParams.get('count'),
        });
        return fetch(input, init);
      },
    });
    const screen = await render(
      <AuditLog client={client} defaultTimeZone="UTC" locale="en-US" queryClient={testQueryClient()} />,
      { container },
    );
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    // Both before the first commit: the rows wait for both, so neither may wait for the commit to be asked.
    expect(sent.slice(0, 2)).toEqual([
      { path: '/audits/resources/audits/v2', onPage: false, count: '20' },
      { path: '/metadata', onPage: false, count: null },
    ]);
    // Asked once each: the observers that mount in the commit share the requests in flight (the new-events
    // notice's own one-event request aside).
    expect(sent.filter((request) => request.path === '/metadata')).toHaveLength(1);
    expect(sent.filter((request) => request.count === '20')).toHaveLength(1);
  });

  it('asks for the column metadata once on first load with a column filter, which the list’s request needs too', async () => {
    const token = await getToken();
    const sent: string[] = [];
    const client = createAuditClient({
      baseUrl: '',
      getToken: () => token,
      fetch: (input, init) => {
        sent.push(new URL(String(input), location.href).pathname);
        return fetch(input, init);
      },
    });
    const screen = await render(
      <AuditLog
        client={client}
        defaultQuery={{ ...defaultAuditQuery, filters: { severity: ['High'] } }}
        defaultTimeZone="UTC"
        locale="en-US"
        queryClient={testQueryClient()}
      />,
    );
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    // The list's plan asks for the metadata (a severity filter goes to the legacy list, judged by it), and so
    // does the table: one request serves both.
    expect(sent.filter((path) => path === '/metadata')).toHaveLength(1);
    expect(sent).toContain('/audits');
  });

  it('draws its parts once, with their rows, when the first page answers at once: no skeleton first', async () => {
    const api = createMockAuditApi({ seed: 7, now: mockNow, eventsPerTenant: 240, fidelity: 'frontegg' });
    const token = await getToken();
    const answer = (input: RequestInfo | URL, init?: RequestInit) =>
      api.handle(new Request(new URL(String(input), location.href), init)).then((response) => response!);
    // The dataset is built on the first request, not in the measured one.
    await answer('/metadata?entityName=audits', { headers: { authorization: `Bearer ${token}` } });
    const client = createAuditClient({ baseUrl: '', getToken: () => token, fetch: answer });
    const container = document.body.appendChild(document.createElement('div'));
    const seen = { busyRoot: false, skeleton: false, toolbars: new Set<Element>() };
    const observer = new MutationObserver(() => {
      seen.busyRoot ||= container.querySelector('[data-slot="audit-root"][aria-busy="true"]') !== null;
      seen.skeleton ||= container.querySelector('[data-kind="loading"]') !== null;
      const toolbar = container.querySelector('[data-slot="audit-toolbar"]');
      if (toolbar) seen.toolbars.add(toolbar);
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
    const below = document.body.appendChild(document.createElement('p'));
    let belowWhileBusy: number | undefined;
    const measure = new MutationObserver(() => {
      if (container.querySelector('[data-slot="audit-root"][aria-busy="true"]'))
        belowWhileBusy ??= below.getBoundingClientRect().top;
    });
    measure.observe(container, { childList: true, subtree: true, attributes: true });
    const screen = await render(
      <AuditLog client={client} defaultTimeZone="UTC" locale="en-US" queryClient={testQueryClient()} />,
      { container },
    );
    await expect.element(screen.getByRole('button', { name: /^Details of / }).nth(19)).toBeVisible();
    observer.disconnect();
    measure.disconnect();
    // The empty frame held about the log's height: what follows it moved by far less than the log is tall (all
    // of it when the frame was empty).
    const logHeight = container.getBoundingClientRect().height;
    expect(Math.abs(below.getBoundingClientRect().top - belowWhileBusy!)).toBeLessThan(logHeight / 4);
    below.remove();
    // The landmark is there from the first commit, busy; the parts come once, with the rows.
    expect(seen).toEqual({
      busyRoot: true,
      skeleton: false,
      toolbars: new Set([container.querySelector('[data-slot="audit-toolbar"]')]),
    });
    expect(screen.getByRole('region', { name: 'Audit log' }).element().hasAttribute('aria-busy')).toBe(false);
  });

  it('shows its loading state after a moment when the first page is slow, and its rows when they come', async () => {
    const token = await getToken();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const client = createAuditClient({
      baseUrl: '',
      getToken: () => token,
      fetch: (input, init) => held.then(() => fetch(input, init)),
    });
    const started = performance.now();
    const screen = await render(
      <AuditLog client={client} defaultTimeZone="UTC" locale="en-US" queryClient={testQueryClient()} />,
    );
    await expect.element(screen.getByText('Loading events…')).toBeInTheDocument();
    expect(performance.now() - started).toBeGreaterThanOrEqual(firstPageWaitMs - 1);
    // The controls are there while it loads.
    await expect.element(screen.getByRole('search', { name: 'Filters' })).toBeVisible();
    release();
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  });

  it('keeps the query in the URL when asked, and follows back and forward', async () => {
    history.replaceState(null, '', `${location.pathname}?host=keep`);
    const screen = await render(
      <AuditLog baseUrl="" getToken={getToken} urlState queryClient={testQueryClient()} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => new URLSearchParams(location.search).get('audit.page')).toBe('2');
    await screen.getByRole('button', { name: 'Severity' }).click();
    await screen.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).click();
    await expect.poll(() => new URLSearchParams(location.search).get('audit.sev')).toBe('High');
    expect(new URLSearchParams(location.search).get('host')).toBe('keep');
    await userEvent.keyboard('{Escape}');
    history.back();
    await expect.poll(() => new URLSearchParams(location.search).get('audit.sev')).toBeNull();
    await expect.element(screen.getByRole('button', { name: 'Severity', exact: true })).toBeVisible();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    history.replaceState(null, '', location.pathname);
  });

  it('reports a misuse error that says the fix to onError, showing its error state instead of blanking the page', async () => {
    const onError = vi.fn();
    const screen = await render(<AuditLog onError={onError} />);
    await expect.element(screen.getByRole('alert')).toHaveTextContent('could not be shown');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({
      message: expect.stringContaining('needs either `client` or both `baseUrl` and `getToken`'),
    });
    expect(onError.mock.calls[0]![1]).toMatchObject({ part: 'AuditLog' });
  });

  it('ranks its headings below the host’s: under a page’s h1 with headingLevel={1}, no heading level is skipped', async () => {
    const screen = await render(
      <main>
        <h1>Acme admin</h1>
        <AuditLog
          baseUrl=""
          getToken={getToken}
          queryClient={testQueryClient()}
          defaultTimeZone="UTC"
          headingLevel={1}
        />
      </main>,
    );
    const expand = screen.getByRole('button', { name: /^Details of / }).first();
    await expect.element(expand).toBeVisible();
    await expand.click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(details.getByRole('heading', { level: 4 }).elements()).toEqual([]);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${theme}, with a row expanded`, async () => {
      const screen = await render(
        <AuditLog
          baseUrl=""
          getToken={getToken}
          theme={theme}
          queryClient={testQueryClient()}
          defaultTimeZone="UTC"
        />,
      );
      const expand = screen.getByRole('button', { name: /^Details of / }).first();
      await expect.element(expand).toBeVisible();
      await expand.click();
      await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();
      const root = screen.getByRole('region', { name: 'Audit log' }).element();
      expect(root.getAttribute('data-theme')).toBe(theme);
      expect(await axeViolations(root)).toEqual([]);
    });
  }
});
