// Server rendering: the HTML a server sends must be what the first client render produces, or React throws it away
// (hydration error #418) and the host page logs an error. The server knows neither the URL's audit keys (unless the
// host passes them), nor storage, nor the browser's time zone; the browser reads them right after hydrating.
import {
  auditColumnsQueryOptions,
  auditEventsQueryOptions,
  createAuditClient,
  defaultAuditColumns,
  defaultAuditQuery,
  queryToSearch,
  type AuditViewStorage,
} from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { act, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

/**
 * Runs `work` in React's act(), which flushes the hydration's effects before the test reads the page. React's flag
 * says "a test environment" only for that long: the rest of a test clicks and types in a real page, whose
 * updates are the browser's, not act()'s (with the flag left on, each of them logged a "not wrapped in act"
 * warning).
 */
async function inAct(work: () => void | Promise<void>): Promise<void> {
  const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  flags.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => {
      await work();
    });
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);
const link = queryToSearch({ ...defaultAuditQuery, filters: { severity: ['High'] } }, { prefix: 'audit' });
const chip = { name: 'Remove filter Severity: High' };

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await inAct(() => root?.unmount());
  container?.remove();
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});

/** Puts server HTML into the page, as the host's document would carry it. */
function mountServerHtml(html: string): HTMLElement {
  const mounted = document.createElement('div');
  mounted.innerHTML = html;
  document.body.append(mounted);
  container = mounted;
  return mounted;
}

/** Hydrates `ui` into the server HTML; the recoverable errors React reports are a mismatch. */
async function hydrate(into: HTMLElement, ui: ReactNode): Promise<unknown[]> {
  const errors: unknown[] = [];
  await inAct(() => {
    root = hydrateRoot(into, ui, { onRecoverableError: (error) => errors.push(error) });
  });
  return errors;
}

/** Renders `props` as a server would (without the URL), then hydrates it with the link's URL in place. */
async function serverThenHydrate(props: Partial<AuditLogProps>, search = link) {
  const ui = (extra: Partial<AuditLogProps>) => (
    <AuditLog
      baseUrl=""
      getToken={getToken}
      locale="en-US"
      newEventsInterval={false}
      urlState
      {...props}
      {...extra}
    />
  );
  history.replaceState(null, '', location.pathname);
  const html = renderToString(ui({ queryClient: testQueryClient() }));
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  const errors = await hydrate(mountServerHtml(html), ui({ queryClient: testQueryClient() }));
  return { html, errors };
}

describe('AuditLog server rendering', () => {
  it('asks nothing and calls no getToken while rendering on the server: the answers would go nowhere', async () => {
    const tokens = vi.fn(getToken);
    const before = requests.length;
    renderToString(
      <AuditLog
        baseUrl=""
        getToken={tokens}
        locale="en-US"
        newEventsInterval={false}
        queryClient={testQueryClient()}
      />,
    );
    // Past any request a render could have started (the mock answers at once).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests.slice(before).map((url) => url.pathname)).toEqual([]);
    expect(tokens).not.toHaveBeenCalled();
  });

  it('hydrates without a mismatch when the link carries a filter the server did not see, then shows it', async () => {
    const { html, errors } = await serverThenHydrate({});
    expect(html).not.toContain(chip.name);
    expect(errors).toEqual([]);
    await expect.element(page.getByRole('button', chip)).toBeVisible();
    // The link's filter stays in the URL: hydration did not write the server's default query over it.
    expect(location.search).toContain(link);
  });

  it('renders the link’s filter on the server when the host passes the request’s query string', async () => {
    const { html, errors } = await serverThenHydrate({ urlState: { initialSearch: `?${link}` } });
    expect(html).toContain(`aria-label="${chip.name}"`);
    expect(errors).toEqual([]);
    await expect.element(page.getByRole('button', chip)).toBeVisible();
  });

  it('shows the server’s zone for “local” while hydrating and the browser’s after', async () => {
    const { html, errors } = await serverThenHydrate({ serverTimeZone: 'Pacific/Chatham' });
    expect(html).toContain('Pacific/Chatham');
    expect(errors).toEqual([]);
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await expect
      .element(page.getByRole('option', { name: new RegExp(`Local.*${browserZone.replace('/', '.')}`) }))
      .toBeInTheDocument();
  });

  it('hydrates without a mismatch when storage holds column choices, then applies them', async () => {
    const shown = defaultAuditColumns.filter((column) => column.showInTable);
    const hidden = shown[1]!;
    const order = defaultAuditColumns.map((column) => column.name);
    const visible = shown.map((column) => column.name).filter((name) => name !== hidden.name);
    localStorage.setItem('auditkit.columns:-:u', JSON.stringify({ order, visible }));
    const { html, errors } = await serverThenHydrate({ urlState: false, userId: 'u' });
    expect(html).toContain(hidden.displayName);
    expect(errors).toEqual([]);
    await expect.element(page.getByRole('columnheader', { name: shown[0]!.displayName })).toBeVisible();
    await expect
      .element(page.getByRole('columnheader', { name: hidden.displayName }))
      .not.toBeInTheDocument();
  });

  it('hydrates rows the host fetched on the server though the clock moved on (relative times come after)', async () => {
    // A host that prefetches on the server and hands the cache over (dehydrate/hydrate; here the same QueryClient):
    // the rows are in the server's HTML, rendered at one instant and hydrated at a later one.
    const queryClient = testQueryClient();
    const client = createAuditClient({
      baseUrl: '',
      getToken,
      tenantId: demoIdentities.tenantAAdmin.tenantId,
    });
    await queryClient.fetchQuery(auditEventsQueryOptions(client, defaultAuditQuery));
    await queryClient.fetchQuery(auditColumnsQueryOptions(client));
    const ui = (
      <AuditLog client={client} queryClient={queryClient} locale="en-US" newEventsInterval={false} />
    );
    const hydrateInto = mountServerHtml(renderToString(ui));
    expect(hydrateInto.querySelectorAll('[data-slot="audit-timestamp"]').length).toBeGreaterThan(5);
    // The server does not say how long ago: its clock is not the browser's.
    expect(hydrateInto.querySelector('[data-slot="audit-tooltip"]')?.textContent).toBe('');
    // Two days later: every "… ago" would read differently.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 24 * 3_600_000);
    expect(await hydrate(hydrateInto, ui)).toEqual([]);
    // After hydration each time's tooltip says how long ago it was, by the browser's clock.
    const tooltip = () => hydrateInto.querySelector('[data-slot="audit-tooltip"]')?.textContent ?? '';
    await expect.poll(tooltip).toMatch(/ago|yesterday|last/);
  });

  it('hydrates when the server’s Intl knows other zones than the browser’s, then lists the browser’s', async () => {
    // Node's ICU and the browser's differ (Node 20 lists Europe/Kiev where newer ICUs say Europe/Kyiv): here the
    // server lacks one of the browser's zones and knows one the browser does not.
    const browserZones = Intl.supportedValuesOf('timeZone');
    expect(browserZones).toContain('America/New_York');
    const spy = vi
      .spyOn(Intl, 'supportedValuesOf')
      .mockReturnValue([
        'America/Server_Only',
        ...browserZones.filter((zone) => zone !== 'America/New_York'),
      ]);
    const ui = <AuditLog baseUrl="" getToken={getToken} locale="en-US" newEventsInterval={false} />;
    const html = renderToString(ui);
    spy.mockRestore();
    expect(await hydrate(mountServerHtml(html), ui)).toEqual([]);
    await expect.element(page.getByRole('option', { name: 'America/New York' })).toBeInTheDocument();
    await expect.element(page.getByRole('option', { name: 'America/Server Only' })).not.toBeInTheDocument();
  });
});

describe('AuditLog server rendering with a saved default view', () => {
  // The user opens on their sign-ins; the host opens everyone on the last 7 days. The server sees neither the link
  // nor the stored views: the link is read right after hydrating, the views when their storage answers.
  const viewStorage: AuditViewStorage = {
    load: () => ({
      version: 1,
      views: [{ id: 'mine', name: 'Sign-ins', search: 'action=User+logged+in' }],
      defaultViewId: 'mine',
    }),
    save: () => {},
  };
  const props = {
    viewStorage,
    userId: 'u',
    defaultQuery: { ...defaultAuditQuery, time: { preset: '7d' as const } },
  };
  const action = () => new URLSearchParams(location.search).get('audit.action');

  it('keeps the link’s query, read after hydrating, over the default view', async () => {
    const { errors } = await serverThenHydrate(props);
    expect(errors).toEqual([]);
    await expect.element(page.getByRole('button', chip)).toBeVisible();
    // Once the menu lists the view, the views have loaded: the default view would have been applied by then.
    await page.getByRole('button', { name: 'Views' }).click();
    await expect.element(page.getByRole('menuitem', { name: 'Sign-ins' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(action()).toBeNull();
    await expect.element(page.getByRole('button', chip)).toBeVisible();
  });

  it('opens on the default view after hydrating when the URL carries no query', async () => {
    const { errors } = await serverThenHydrate(props, '');
    expect(errors).toEqual([]);
    await expect.poll(action).toBe('User logged in');
    await expect
      .element(page.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('action:"User logged in"');
  });
});
