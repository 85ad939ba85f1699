// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useColumnPreferences } from './useColumnPreferences.ts';

// A router as React Router's: its popstate listener is added when it is created, before any log subscribes, and
// it renders the route of the pathname reached after the pop, so the log shown before is still mounted then.
const routeListeners = new Set<() => void>();
window.addEventListener('popstate', () => routeListeners.forEach((listener) => listener()));
const subscribeRoute = (listener: () => void) => {
  routeListeners.add(listener);
  return () => void routeListeners.delete(listener);
};
/** A router's link: its own entry pushed, then the route rendered. */
const navigate = (path: string) =>
  act(() => {
    history.pushState({ idx: history.length }, '', path);
    routeListeners.forEach((listener) => listener());
  });

/** Each tenant's query changes as its host heard them. */
const heard = new Map<string, AuditQuery[]>();

/**
 * The `url` option the logs are given: `true`, or an inline object as a host writes it (`url={{ prefix }}`), a new
 * one every render.
 */
let urlOption: () => true | { prefix: string } = () => true;

function TenantLog({ tenantId }: { tenantId: string }) {
  const state = useAuditQueryState({
    url: urlOption(),
    onChange: (query) => heard.set(tenantId, [...(heard.get(tenantId) ?? []), query]),
  });
  const prefs = useColumnPreferences({
    columns: defaultAuditColumns,
    storageKey: 'acme.audit',
    tenantId,
    userId: 'u1',
    url: urlOption(),
  });
  return (
    <section aria-label={`Audit log of ${tenantId}`}>
      <button
        type="button"
        aria-pressed={state.query.filters.severity?.includes('High') ?? false}
        onClick={() => state.setFilter('severity', ['High'])}
      >
        High only
      </button>
      <button type="button" onClick={() => state.setPage(state.query.page + 1)}>
        Next page
      </button>
      <p role="status">{`Page ${state.query.page + 1}`}</p>
      {prefs.columns.map((column) => (
        <label key={column.name}>
          <input type="checkbox" checked={column.visible} onChange={() => prefs.toggle(column.name)} />
          {column.displayName}
        </label>
      ))}
    </section>
  );
}

/** One log per tenant's route (a keyed instance each), and a log kept by a layout route across its tabs. */
function Routes() {
  const pathname = useSyncExternalStore(subscribeRoute, () => location.pathname);
  const tenant = /^\/tenants\/(\w+)\/audit$/.exec(pathname)?.[1];
  if (tenant) return <TenantLog key={tenant} tenantId={tenant} />;
  if (pathname.startsWith('/layout/')) return <TenantLog tenantId="t1" />;
  return <p>Settings</p>;
}

const log = (tenantId: string) => screen.getByRole('region', { name: `Audit log of ${tenantId}` });
const high = () => screen.getByRole('button', { name: 'High only' });
const status = () => screen.getByRole('status').textContent;
const emailName = defaultAuditColumns.find((column) => column.name === 'email')!.displayName;
const emailShown = () => screen.getByRole<HTMLInputElement>('checkbox', { name: emailName }).checked;
const t2Key = 'acme.audit:t2:u1';
const t2Choice = JSON.stringify({
  order: defaultAuditColumns.map((column) => column.name),
  visible: defaultAuditColumns
    .filter((column) => column.showInTable && column.name !== 'ip')
    .map((c) => c.name),
});

beforeEach(() => {
  localStorage.clear();
  heard.clear();
  urlOption = () => true;
});
afterEach(cleanup);

describe('the URL sync under a host router with a log per route', () => {
  // The log of t2, still mounted when popstate fires, read t1's entry as its own: it wrote t1's columns into its
  // tenant's storage and told its host of t1's filters.
  it('leaves Back onto another route’s entry to that route’s log', async () => {
    localStorage.setItem(t2Key, t2Choice);
    history.pushState(null, '', '/tenants/t1/audit');
    render(<Routes />);
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    fireEvent.click(high());
    expect(location.search).toMatch(/audit\.sev=High/);
    navigate('/tenants/t2/audit');
    expect(log('t2')).toBeTruthy();
    expect(high().getAttribute('aria-pressed')).toBe('false');
    heard.clear();
    const stored = localStorage.getItem(t2Key);

    act(() => history.back());
    await waitFor(() => expect(log('t1')).toBeTruthy());
    expect(location.pathname).toBe('/tenants/t1/audit');
    // t1's log, mounted again, reads its entry.
    expect(high().getAttribute('aria-pressed')).toBe('true');
    expect(emailShown()).toBe(false);
    expect(localStorage.getItem(t2Key)).toBe(stored);
    expect(heard.get('t2')).toBeUndefined();
  });

  it('follows Back onto the log’s own earlier entry after a route change', async () => {
    history.pushState(null, '', '/tenants/t1/audit');
    render(<Routes />);
    navigate('/tenants/t2/audit');
    fireEvent.click(high());
    expect(high().getAttribute('aria-pressed')).toBe('true');
    act(() => history.back());
    await waitFor(() => expect(high().getAttribute('aria-pressed')).toBe('false'));
    expect(log('t2')).toBeTruthy();
    expect(location.pathname).toBe('/tenants/t2/audit');
  });

  // A layout route keeps one log mounted while the router pushes its tabs' pathnames. With an inline `url` object,
  // each render subscribed afresh and forgot the pathnames before: Back was ignored, and the entry it reached
  // overwritten with the query shown.
  it.each([
    ['url: true', () => true as const],
    ['an inline url object', () => ({ prefix: 'audit' })],
  ])(
    'follows back and forward across the pathnames a log kept mounted has been at (%s)',
    async (_, option) => {
      urlOption = option;
      history.pushState(null, '', '/layout/events');
      render(<Routes />);
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
      expect(status()).toBe('Page 2');
      navigate('/layout/stats');
      fireEvent.click(high());
      expect(status()).toBe('Page 1');
      act(() => history.go(-2));
      await waitFor(() => expect(status()).toBe('Page 2'));
      expect(high().getAttribute('aria-pressed')).toBe('false');
      act(() => history.go(2));
      await waitFor(() => expect(high().getAttribute('aria-pressed')).toBe('true'));
      expect(location.pathname).toBe('/layout/stats');
    },
  );
});
