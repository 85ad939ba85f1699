// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { mergeColumnPreferences } from './mergeColumnPreferences.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useColumnPreferences } from './useColumnPreferences.ts';

const storageKey = 'acme.audit:t1:u1';

/** A table header with a tiny column picker, and the query's paging: both hooks share the URL. */
function View({ columns = defaultAuditColumns }: { columns?: readonly AuditColumn[] }) {
  const query = useAuditQueryState({ url: true });
  const prefs = useColumnPreferences({
    columns,
    storageKey: 'acme.audit',
    tenantId: 't1',
    userId: 'u1',
    url: true,
  });
  return (
    <>
      <table>
        <thead>
          <tr>
            {prefs.visibleColumns.map((column) => (
              <th key={column.name}>{column.displayName}</th>
            ))}
          </tr>
        </thead>
      </table>
      <fieldset>
        <legend>Columns</legend>
        {prefs.columns.map((column) => (
          <label key={column.name}>
            <input type="checkbox" checked={column.visible} onChange={() => prefs.toggle(column.name)} />
            {column.displayName}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => prefs.move('ip', 0)}>
        Move IP first
      </button>
      <button type="button" onClick={() => prefs.reset()}>
        Reset columns
      </button>
      <button type="button" onClick={() => query.setPage(query.query.page + 1)}>
        Next page
      </button>
    </>
  );
}

const headers = () => screen.getAllByRole('columnheader').map((cell) => cell.textContent);
/** The visible columns the stored choice shows (a link's choice is stored as it names them: what differs). */
const storedVisible = () =>
  mergeColumnPreferences(
    defaultAuditColumns,
    JSON.parse(localStorage.getItem(storageKey)!) as { order: string[]; visible: string[] },
  ).visible;
const defaultHeaders = defaultAuditColumns.filter((column) => column.showInTable).map((c) => c.displayName);
const displayName = (name: string) => defaultAuditColumns.find((column) => column.name === name)!.displayName;
const ipName = displayName('ip');
const emailName = displayName('email');

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/portal?tab=audit&audit.page=2#log');
});
afterEach(cleanup);

describe('useColumnPreferences with the URL', () => {
  it('keeps a clean link while the columns are the defaults', () => {
    render(<View />);
    expect(headers()).toEqual(defaultHeaders);
    expect(location.search).toBe('?tab=audit&audit.page=2');
  });

  it('puts hidden and reordered columns in the link, one entry per change, next to the query keys', () => {
    render(<View />);
    const length = history.length;
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    fireEvent.click(screen.getByRole('button', { name: 'Move IP first' }));
    expect(history.length).toBe(length + 2);
    // Only what differs from the defaults: IP first, email hidden (the rest follow in the vendor's order).
    expect(location.search).toBe('?tab=audit&audit.page=2&audit.cols=ip,-email');
    expect(location.hash).toBe('#log');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    // The query hook rewrites its own keys after the others; the column key is kept.
    expect(location.search).toBe('?tab=audit&audit.cols=ip,-email&audit.page=3');
    fireEvent.click(screen.getByRole('button', { name: 'Reset columns' }));
    expect(location.search).toBe('?tab=audit&audit.page=3');
  });

  it("opens a shared link with the sender's columns over the stored ones, without saving them as the user's", () => {
    const own = JSON.stringify({ order: ['email', 'ip'], visible: ['email'] });
    localStorage.setItem(storageKey, own);
    history.replaceState(null, '', '/portal?audit.cols=ip,createdAt,-email,unknownColumn,%3Cb%3E');
    const { unmount } = render(<View />);
    // Unknown names are dropped; default columns the link does not mention follow their showInTable.
    expect(headers()).toEqual(['ip', 'createdAt', 'action', 'description'].map(displayName));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: emailName }).checked).toBe(false);
    // Before, the link's columns replaced the user's own layout for good.
    expect(localStorage.getItem(storageKey)).toBe(own);
    unmount();
    history.replaceState(null, '', '/portal');
    render(<View />);
    expect(headers()[0]).toBe(emailName);
  });

  it('saves nothing from a link naming no real column', () => {
    history.replaceState(null, '', '/portal?audit.cols=zzz');
    render(<View />);
    expect(headers()).toEqual(defaultHeaders);
    expect(localStorage.getItem(storageKey)).toBeNull();
  });

  it("keeps showing a link's columns when another tab of the user saves a choice", () => {
    history.replaceState(null, '', '/portal?audit.cols=ip,createdAt');
    render(<View />);
    const linked = headers();
    const link = new URLSearchParams(location.search).get('audit.cols');
    localStorage.setItem(storageKey, JSON.stringify({ order: ['email'], visible: ['email'] }));
    act(
      () =>
        void window.dispatchEvent(
          new StorageEvent('storage', { key: storageKey, storageArea: localStorage }),
        ),
    );
    expect(headers()).toEqual(linked);
    expect(new URLSearchParams(location.search).get('audit.cols')).toBe(link);
  });

  it("saves the link's columns once the user changes one", () => {
    history.replaceState(null, '', '/portal?audit.cols=ip,createdAt');
    render(<View />);
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    expect(storedVisible()).toEqual(['ip', 'createdAt', 'action', 'description']);
  });

  it('shows the default columns when a link leaves no column that exists visible', () => {
    localStorage.setItem(storageKey, JSON.stringify({ order: ['ip', 'email'], visible: ['ip'] }));
    // Every default column hidden, and the one visible column unknown (a removed column, a mistyped link).
    history.replaceState(null, '', '/portal?audit.cols=nosuch,-createdAt,-email,-action,-description,-ip');
    render(<View />);
    expect(headers()).toEqual(defaultHeaders);
    // A column can still be hidden from there: the picker works on what is shown.
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    expect(headers()).toEqual(defaultHeaders.filter((name) => name !== emailName));
  });

  it('writes stored columns into the link on arrival, so the entry can be shared', () => {
    localStorage.setItem(storageKey, JSON.stringify({ order: ['ip', 'email'], visible: ['ip'] }));
    render(<View />);
    expect(headers()[0]).toBe(ipName);
    expect(new URLSearchParams(location.search).get('audit.cols')).toMatch(/^ip,/);
  });

  it('shows a column the vendor adds later as its showInTable says', () => {
    history.replaceState(null, '', '/portal?audit.cols=ip,email');
    const added = (name: string, showInTable: boolean): AuditColumn => ({
      ...defaultAuditColumns[0]!,
      name,
      displayName: name,
      showInTable,
    });
    render(<View columns={[...defaultAuditColumns, added('region', true), added('secret', false)]} />);
    expect(headers()).toEqual(expect.arrayContaining([ipName, emailName, 'region']));
    expect(headers()).not.toContain('secret');
  });

  it('restores the columns on back and forward', async () => {
    render(<View />);
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    const hidden = headers();
    expect(hidden).not.toContain(emailName);
    act(() => history.back());
    await waitFor(() => expect(headers()).toEqual(defaultHeaders));
    expect(location.search).toBe('?tab=audit&audit.page=2');
    act(() => history.forward());
    await waitFor(() => expect(headers()).toEqual(hidden));
  });

  it("shows an entry's columns on back without saving them over the user's last change", async () => {
    const { unmount } = render(<View />);
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    act(() => history.back());
    await waitFor(() => expect(headers()).toEqual(defaultHeaders));
    expect(storedVisible()).not.toContain('email');
    unmount();
    // Opened again without the column key (the host's menu, a bookmark): the user's own columns.
    history.replaceState(null, '', '/portal');
    render(<View />);
    expect(headers()).not.toContain(emailName);
  });
});

describe('useColumnPreferences with the URL, entries whose state a router rewrote', () => {
  // Next.js' router.refresh() rewrites the current entry's state without our mark. Back to such an entry follows
  // the columns its URL carries, and keeps the stored choice when it carries none (the key may never have been
  // written there).
  it('follows the columns an unmarked entry carries, and keeps the choice when it carries none', async () => {
    render(<View />);
    fireEvent.click(screen.getByRole('checkbox', { name: emailName }));
    const withoutEmail = headers();
    history.replaceState({ __NA: true }, '', location.href);
    fireEvent.click(screen.getByRole('checkbox', { name: ipName }));
    expect(headers()).not.toContain(ipName);
    act(() => history.back());
    await waitFor(() => expect(headers()).toEqual(withoutEmail));
    // Shown, not saved: storage keeps the user's last change.
    expect(storedVisible()).not.toContain('ip');

    // A query entry of the host's, with our keys but no column list: the columns stay.
    history.pushState({ hostRoute: 'audit' }, '', '/portal?audit.sev=High');
    history.pushState({ hostRoute: 'other' }, '', '/portal/other');
    act(() => history.back());
    await waitFor(() => expect(location.pathname).toBe('/portal'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(headers()).toEqual(withoutEmail);
  });
});

describe('useColumnPreferences with the URL, on server-rendered HTML', () => {
  it('writes stored columns into the link after hydration, so Back to that entry keeps them', async () => {
    const saved = { order: ['ip', 'email', 'createdAt'], visible: ['ip', 'createdAt'] };
    localStorage.setItem(storageKey, JSON.stringify(saved));
    const container = document.createElement('div');
    container.innerHTML = renderToString(<View />);
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, <View />));
    try {
      await waitFor(() => expect(headers()[0]).toBe(ipName));
      // As on a client-only mount: the entry holds the columns it shows.
      expect(new URLSearchParams(location.search).get('audit.cols')).toMatch(/^ip,/);
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
      await waitFor(() => expect(new URLSearchParams(location.search).get('audit.page')).toBe('3'));
      act(() => history.back());
      await waitFor(() => expect(new URLSearchParams(location.search).get('audit.page')).toBe('2'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Before, that entry had no column key, which Back read as "the defaults": the choice was erased.
      expect(headers()[0]).toBe(ipName);
      expect(storedVisible()).toEqual(['ip', 'createdAt', 'action', 'description']);
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });
});

/** The columns alone, as a host drawing its own table with `useColumnPreferences` and no query state. */
function ColumnsOnly() {
  const prefs = useColumnPreferences({ columns: defaultAuditColumns, storageKey: 'acme.audit', url: true });
  return (
    <>
      <table>
        <thead>
          <tr>
            {prefs.visibleColumns.map((column) => (
              <th key={column.name}>{column.displayName}</th>
            ))}
          </tr>
        </thead>
      </table>
      <button type="button" onClick={() => prefs.toggle('email')}>
        Toggle email
      </button>
    </>
  );
}

describe('useColumnPreferences with the URL, on a server-rendered link with columns', () => {
  it("follows back to the link's entry after hydration", async () => {
    history.replaceState(null, '', '/portal?audit.cols=ip,createdAt,-email');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ColumnsOnly />);
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, <ColumnsOnly />));
    try {
      await waitFor(() => expect(headers()[0]).toBe(ipName));
      const landing = headers();
      fireEvent.click(screen.getByRole('button', { name: 'Toggle email' }));
      await waitFor(() => expect(headers()).not.toEqual(landing));
      act(() => history.back());
      // Before, the entry was not marked as the log's, so Back to it was ignored.
      await waitFor(() => expect(headers()).toEqual(landing));
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });
});

describe('useColumnPreferences with the URL, leaving the audit page', () => {
  it("keeps the saved column choice when Back leaves for the host's own entry (bug 1)", async () => {
    const saved = { order: ['ip', 'email', 'createdAt'], visible: ['ip', 'createdAt'] };
    localStorage.setItem(storageKey, JSON.stringify(saved));
    // The host's portal page, then its router navigates to the audit page: neither entry is ours.
    history.replaceState({ hostRoute: 'home' }, '', '/portal');
    history.pushState({ hostRoute: 'audit' }, '', '/portal/audit');
    render(<View />);
    await waitFor(() => expect(new URLSearchParams(location.search).get('audit.cols')).toMatch(/^ip,/));
    // The host's router state survives our mark.
    expect(history.state).toMatchObject({ hostRoute: 'audit' });
    act(() => history.back());
    await waitFor(() => expect(location.pathname).toBe('/portal'));
    // Give a popstate handler its chance to run before checking nothing was erased.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.parse(localStorage.getItem(storageKey)!)).toEqual(saved);
    expect(headers()[0]).toBe(ipName);
  });
});

describe('useColumnPreferences with the URL, among hundreds of vendor columns', () => {
  const wide = (count: number): AuditColumn[] =>
    Array.from({ length: count }, (_, index) => ({
      ...defaultAuditColumns[0]!,
      name: `c${index}`,
      displayName: `Column ${index}`,
      showInTable: true,
    }));

  it('keeps a column hidden among 320 after a reload from the link (it came back: the list was cut at 300)', () => {
    const columns = wide(320);
    const { unmount } = render(<View columns={columns} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Column 319' }));
    expect(headers()).not.toContain('Column 319');
    unmount();
    // Reloaded, or opened by someone else from the link: the link alone says it.
    localStorage.clear();
    render(<View columns={columns} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Column 319' }).checked).toBe(false);
    expect(headers()).toHaveLength(319);
    // Shown, not saved as this user's own until they change a column.
    expect(localStorage.getItem(storageKey)).toBeNull();
  });

  it('refuses a change no link could carry, and says why', () => {
    const columns = wide(1200);
    const { result } = renderHook(() =>
      useColumnPreferences({ columns, storageKey: 'acme.audit', storage: null, url: true }),
    );
    const reversed = columns.map((column) => column.name).reverse();
    let reason: ReturnType<typeof result.current.set>;
    act(() => {
      reason = result.current.set({ order: reversed, visible: reversed });
    });
    expect(reason).toMatchObject({ code: 'too-many-column-names', limit: 1000 });
    expect(result.current.visibleColumns[0]?.name).toBe('c0');
    expect(new URLSearchParams(location.search).get('audit.cols')).toBeNull();
    // A short one is still taken.
    act(() => {
      reason = result.current.setVisible('c7', false);
    });
    expect(reason).toBeUndefined();
    expect(new URLSearchParams(location.search).get('audit.cols')).toBe('c0,-c7');
  });
});
