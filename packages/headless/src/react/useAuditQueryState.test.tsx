// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { lastAuditPageIndex } from '../query/clampPageIndex.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { useAuditQueryState, type AuditQueryStateOptions } from './useAuditQueryState.ts';
import { useColumnPreferences } from './useColumnPreferences.ts';

afterEach(cleanup);

function Toolbar(props: AuditQueryStateOptions) {
  const state = useAuditQueryState(props);
  const { query } = state;
  return (
    <div role="toolbar" aria-label="Audit filters">
      <label>
        Search
        <input type="search" value={query.search} onChange={(event) => state.setSearch(event.target.value)} />
      </label>
      <button
        type="button"
        aria-pressed={query.filters.severity?.includes('High') ?? false}
        onClick={() => state.setFilter('severity', ['High'])}
      >
        High only
      </button>
      <button type="button" onClick={() => state.setTime({ preset: '7d' })}>
        Last 7 days
      </button>
      <button type="button" onClick={() => state.toggleSort('ip')}>
        Sort by IP
      </button>
      <button type="button" onClick={() => state.setPage(query.page + 1)}>
        Next page
      </button>
      <button type="button" disabled={!state.isFiltered} onClick={() => state.reset()}>
        Clear filters
      </button>
      <p role="status">{`Page ${query.page + 1}, sorted by ${query.sort.column} ${query.sort.direction}`}</p>
    </div>
  );
}

const search = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
const status = () => screen.getByRole('status').textContent;

describe('useAuditQueryState (uncontrolled)', () => {
  it('any change of search, filters, time or sort returns to the first page', () => {
    render(<Toolbar defaultValue={{ ...defaultAuditQuery, page: 4 }} />);
    expect(status()).toBe('Page 5, sorted by createdAt desc');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by IP' }));
    // The one sort rule (nextAuditSort): a column that is not a time starts A to Z, then flips.
    expect(status()).toBe('Page 1, sorted by ip asc');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by IP' }));
    expect(status()).toBe('Page 1, sorted by ip desc');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.change(search(), { target: { value: 'login' } });
    expect(status()).toBe('Page 1, sorted by ip desc');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'High only' }));
    expect(status()).toMatch(/^Page 1/);
    expect(screen.getByRole('button', { name: 'High only' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('reset clears every filter', () => {
    render(<Toolbar />);
    const clear = screen.getByRole<HTMLButtonElement>('button', { name: 'Clear filters' });
    expect(clear.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(clear.disabled).toBe(false);
    fireEvent.click(clear);
    expect(clear.disabled).toBe(true);
  });

  // A page read from an empty field (NaN) or "the last" as Infinity was kept as it was, and the list's request
  // then carried an offset that was no number.
  it('takes any number as a page: NaN is the first, Infinity the last a request can carry', () => {
    const { result } = renderHook(() =>
      useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page: 3 } }),
    );
    act(() => result.current.setPage(Number.NaN));
    expect(result.current.query.page).toBe(0);
    act(() => result.current.setPage(Infinity));
    expect(result.current.query.page).toBe(lastAuditPageIndex);
    expect(Number.isSafeInteger(result.current.query.page * 200)).toBe(true);
    act(() => result.current.setPage(4.7));
    expect(result.current.query.page).toBe(4);
  });
});

describe('useAuditQueryState (controlled)', () => {
  it('reports changes and shows only what the host passes back', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Toolbar value={defaultAuditQuery} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'High only' }));
    expect(onChange).toHaveBeenLastCalledWith({
      ...defaultAuditQuery,
      filters: { severity: ['High'] },
      page: 0,
    });
    expect(screen.getByRole('button', { name: 'High only' }).getAttribute('aria-pressed')).toBe('false');
    rerender(<Toolbar value={onChange.mock.lastCall![0] as AuditQuery} onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'High only' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('mends a value of the wrong shape from plain JS, and reports only changes the user made', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onChange = vi.fn();
    // Partial, a filter as one text, an unknown preset: every part still reads, the request can be built.
    const value = JSON.parse('{"filters":{"action":"Signed in"},"time":{"preset":"week"}}') as AuditQuery;
    const { result, rerender } = renderHook((props: AuditQueryStateOptions) => useAuditQueryState(props), {
      initialProps: { value, onChange },
    });
    expect(result.current.query).toEqual({ ...defaultAuditQuery, filters: { action: ['Signed in'] } });
    // The same object from render to render while the host's value stays.
    const first = result.current.query;
    rerender({ value, onChange });
    expect(result.current.query).toBe(first);
    // A change refused (over the limits) is no change: the host hears nothing.
    expect(result.current.setSearch('x'.repeat(5_000))).toBeDefined();
    expect(onChange).not.toHaveBeenCalled();
    // A change made is reported well-formed, and so is what a setQuery from untyped code returns.
    result.current.setFilter('severity', ['High']);
    expect(onChange).toHaveBeenLastCalledWith({
      ...defaultAuditQuery,
      filters: { action: ['Signed in'], severity: ['High'] },
    });
    result.current.setQuery(() => ({ page: '2' }) as unknown as AuditQuery);
    expect(onChange).toHaveBeenLastCalledWith(defaultAuditQuery);
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('query.time.preset "week" is not one of'),
        expect.stringContaining('query.page 2 is not a page index'),
      ]),
    );
    warn.mockRestore();
  });

  it('works with a host holding the state', () => {
    function Host() {
      const [query, setQuery] = useState(defaultAuditQuery);
      return <Toolbar value={query} onChange={setQuery} />;
    }
    render(<Host />);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toBe('Page 3, sorted by createdAt desc');
  });
});

describe('useAuditQueryState with the URL', () => {
  beforeEach(() => history.replaceState(null, '', '/portal?tab=audit&audit.q=start&audit.page=3#log'));

  it('reads the first state from the URL', () => {
    render(<Toolbar url />);
    expect(search().value).toBe('start');
    expect(status()).toBe('Page 3, sorted by createdAt desc');
  });

  it('adds one entry per typing burst, pushes discrete changes, keeps the host keys and hash', () => {
    render(<Toolbar url />);
    const length = history.length;
    // The typing burst adds one entry, whatever number of pauses it had.
    fireEvent.change(search(), { target: { value: 'star' } });
    fireEvent.change(search(), { target: { value: 'stars' } });
    expect(history.length).toBe(length + 1);
    expect(location.search).toBe('?tab=audit&audit.q=stars');
    fireEvent.click(screen.getByRole('button', { name: 'High only' }));
    expect(history.length).toBe(length + 2);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(history.length).toBe(length + 3);
    expect(location.search).toBe('?tab=audit&audit.q=stars&audit.page=2&audit.sev=High');
    expect(location.hash).toBe('#log');
  });

  it('gives a typing burst one entry of its own: Back after typing restores the page before it', async () => {
    // Pushed, so no forward entry left by another test makes history.length miss the entries added here.
    history.pushState(null, '', '/portal?tab=audit');
    render(<Toolbar url />);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toMatch(/^Page 2/);
    const length = history.length;
    // Each pause in typing writes the URL (setSearch, as the search box does): one entry for all of them.
    fireEvent.change(search(), { target: { value: 'x' } });
    fireEvent.change(search(), { target: { value: 'xy' } });
    expect(history.length).toBe(length + 1);
    expect(location.search).toBe('?tab=audit&audit.q=xy');
    act(() => history.back());
    // Before, typing replaced the page's entry: Back skipped past page 2.
    await waitFor(() => expect(status()).toMatch(/^Page 2/));
    expect(search().value).toBe('');
    act(() => history.forward());
    await waitFor(() => expect(search().value).toBe('xy'));
    expect(status()).toMatch(/^Page 1/);
    // Typing again after back/forward is another burst: the search it started from stays one Back away.
    fireEvent.change(search(), { target: { value: 'xyz' } });
    fireEvent.change(search(), { target: { value: 'xyzw' } });
    expect(history.length).toBe(length + 2);
    act(() => history.back());
    await waitFor(() => expect(search().value).toBe('xy'));
  });

  it('adds nothing on an Enter after typing, and typing on from there keeps the committed search one Back away', async () => {
    // Pushed, so no forward entry left by another test makes history.length miss the entries added here.
    history.pushState(null, '', '/portal');
    const { result } = renderHook(() => useAuditQueryState({ url: true }));
    const type = (text: string) =>
      act(() =>
        result.current.setQuery((previous) => ({ ...previous, search: text }), { history: 'typing' }),
      );
    const length = history.length;
    type('log');
    type('login');
    // Enter: the same query, committed.
    act(() => result.current.setQuery((previous) => ({ ...previous }), { history: 'push' }));
    expect(history.length).toBe(length + 1);
    type('login fail');
    expect(history.length).toBe(length + 2);
    act(() => history.back());
    await waitFor(() => expect(result.current.query.search).toBe('login'));
  });

  it('follows back and forward', async () => {
    render(<Toolbar url={{ prefix: 'audit' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toMatch(/^Page 4/);
    act(() => history.back());
    await waitFor(() => expect(status()).toMatch(/^Page 3/));
    expect(location.search).toBe('?tab=audit&audit.q=start&audit.page=3');
    act(() => history.forward());
    await waitFor(() => expect(status()).toMatch(/^Page 4/));
  });

  // Next.js' router.refresh() rewrites the current entry's state with its own, without our mark; Back to that
  // entry was ignored, so the log went on showing the later entry's filters under the earlier entry's URL.
  it('follows back to an entry whose state a router rewrote, as its URL says', async () => {
    render(<Toolbar url={{ prefix: 'audit' }} />);
    const high = screen.getByRole('button', { name: 'High only' });
    fireEvent.click(high);
    history.replaceState({ __NA: true }, '', location.href);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toMatch(/^Page 2/);
    act(() => history.back());
    await waitFor(() => expect(status()).toMatch(/^Page 1/));
    expect(high.getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('?tab=audit&audit.q=start&audit.sev=High');
  });

  it('keeps the query on Back onto an entry of the host’s that carries only the column list', async () => {
    render(<Toolbar url={{ prefix: 'audit' }} />);
    const high = screen.getByRole('button', { name: 'High only' });
    fireEvent.click(high);
    history.pushState({ hostRoute: 'columns' }, '', '/portal?audit.cols=ip,createdAt');
    history.pushState({ hostRoute: 'other' }, '', '/portal/other');
    act(() => history.back());
    await waitFor(() => expect(location.pathname).toBe('/portal'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(high.getAttribute('aria-pressed')).toBe('true');
    expect(search().value).toBe('start');
  });

  it.each([
    ['without initialSearch', {}],
    ['with initialSearch', { initialSearch: '?tab=audit&audit.q=start&audit.page=3' }],
  ])('follows back to the entry it landed on, after hydrating server HTML (%s)', async (_, urlOptions) => {
    const app = <Toolbar url={urlOptions} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, app));
    try {
      await waitFor(() => expect(status()).toMatch(/^Page 3/));
      const high = screen.getByRole('button', { name: 'High only' });
      fireEvent.click(high);
      expect(high.getAttribute('aria-pressed')).toBe('true');
      act(() => history.back());
      // Before, the landing entry was never marked as the log's, so Back to it was ignored: the filter stayed
      // on screen while the address bar had lost it.
      await waitFor(() => expect(high.getAttribute('aria-pressed')).toBe('false'));
      expect(location.search).toBe('?tab=audit&audit.q=start&audit.page=3');
      expect(status()).toMatch(/^Page 3/);
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });

  it('refuses a change the URL could not carry back, saying why, and keeps the query and the URL as they were', () => {
    const { result } = renderHook(() => useAuditQueryState({ url: true }));
    const roundTrip = () => queryFromSearch(location.search, { prefix: 'audit' });
    act(() => void result.current.setFilter('action', ['login']));
    const before = result.current.query;
    expect(roundTrip()).toEqual(before);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`c${index}`, ['v']]));
    const refused: [() => unknown, object][] = [
      [() => result.current.setFilter('action', ['x'.repeat(501)]), { code: 'value-too-long', limit: 500 }],
      [
        () =>
          result.current.setFilter(
            'action',
            Array.from({ length: 101 }, (_, index) => `a${index}`),
          ),
        { code: 'too-many-values', limit: 100, column: 'action', count: 101 },
      ],
      [() => result.current.setFilters(many), { code: 'too-many-columns', limit: 50 }],
      [() => result.current.setSearch('y'.repeat(1001)), { code: 'search-too-long', limit: 1000 }],
      [() => result.current.setFilter('count', ['1']), { code: 'column-name', column: 'count' }],
    ];
    for (const [change, reason] of refused) {
      let returned: unknown;
      act(() => void (returned = change()));
      expect(returned).toMatchObject({ ...reason, message: expect.any(String) });
      // Nothing the reader would drop reached the query or the link: it reads back as the query on screen.
      expect(result.current.query).toBe(before);
      expect(roundTrip()).toEqual(before);
    }
    // At the limits, a change is made and comes back whole.
    let returned: unknown = 'not called';
    act(() => void (returned = result.current.setFilter('action', ['x'.repeat(500)])));
    expect(returned).toBeUndefined();
    act(() => void result.current.setSearch('y'.repeat(1000)));
    expect(result.current.query.filters).toEqual({ action: ['x'.repeat(500)] });
    expect(roundTrip()).toEqual(result.current.query);
  });

  it('does not hold a query already over the limits (a host’s) against a change, so a filter can be removed', () => {
    const onChange = vi.fn();
    const value = { ...defaultAuditQuery, filters: { action: ['x'.repeat(501)], severity: ['High'] } };
    const { result } = renderHook(() => useAuditQueryState({ value, onChange }));
    expect(result.current.setFilter('severity', [])).toBeUndefined();
    expect(onChange).toHaveBeenLastCalledWith({ ...value, filters: { action: ['x'.repeat(501)] } });
  });

  it('drops a hostile URL quietly', () => {
    history.replaceState(
      null,
      '',
      '/portal?audit.page=-1&audit.size=%ZZ&audit.sort=a%07b:asc&audit.q=%E0%A4%A',
    );
    render(<Toolbar url />);
    expect(search().value).toBe('');
    expect(status()).toBe('Page 1, sorted by createdAt desc');
  });

  it('is settled once the query says what the URL asked: at once, or after mount under a controlled value', () => {
    const seen: [boolean, string][] = [];
    function Probe(props: AuditQueryStateOptions) {
      const { settled, query } = useAuditQueryState(props);
      seen.push([settled, query.search]);
      return null;
    }
    render(<Probe />);
    expect(seen).toEqual([[true, '']]);
    cleanup();
    seen.length = 0;
    render(<Probe url />);
    expect(seen[0]).toEqual([true, 'start']);
    cleanup();
    seen.length = 0;
    // The host owns the query: the URL is handed to it in an effect, and what acts on the opening query waits.
    render(<Probe url value={defaultAuditQuery} onChange={() => {}} />);
    expect(seen[0]).toEqual([false, '']);
    expect(seen.at(-1)?.[0]).toBe(true);
  });

  it('keeps two logs on one page apart, each under its own prefix', () => {
    render(
      <>
        <section aria-label="Tenant log">
          <Toolbar url />
        </section>
        <section aria-label="Admin log">
          <Toolbar url={{ prefix: 'adminAudit' }} />
        </section>
      </>,
    );
    const admin = within(screen.getByRole('region', { name: 'Admin log' }));
    fireEvent.click(admin.getByRole('button', { name: 'High only' }));
    expect(location.search).toBe('?tab=audit&audit.q=start&audit.page=3&adminAudit.sev=High');
    const tenant = within(screen.getByRole('region', { name: 'Tenant log' }));
    expect(tenant.getByRole('button', { name: 'High only' }).getAttribute('aria-pressed')).toBe('false');
    expect(tenant.getByRole('status').textContent).toMatch(/^Page 3,/);
  });

  // Two logs under one prefix write the same keys: filtering one and then typing in the other erased the first's
  // filter from the URL, silently.
  it('warns once, naming the prefix option, when a second log keeps its state under a prefix already in use', () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const auditkitWarnings = () =>
      warned.mock.calls.filter(([message]) => String(message).startsWith('[auditkit]'));
    const { rerender, unmount } = render(
      <>
        <Toolbar url={{ prefix: 'twin' }} />
        <Toolbar url={{ prefix: 'twin' }} />
      </>,
    );
    rerender(
      <>
        <Toolbar url={{ prefix: 'twin' }} />
        <Toolbar url={{ prefix: 'twin' }} />
      </>,
    );
    expect(auditkitWarnings()).toHaveLength(1);
    expect(String(auditkitWarnings()[0]?.[0])).toMatch(/"twin".*prefix/s);
    unmount();

    // One log per prefix, its columns beside its query included: no warning.
    function LogWithColumns({ prefix }: { prefix: string }) {
      useColumnPreferences({
        columns: defaultAuditColumns,
        storageKey: 'test',
        storage: null,
        url: { prefix },
      });
      return <Toolbar url={{ prefix }} />;
    }
    render(
      <>
        <LogWithColumns prefix="left" />
        <LogWithColumns prefix="right" />
        <Toolbar />
      </>,
    );
    expect(auditkitWarnings()).toHaveLength(1);
    warned.mockRestore();
  });

  it('says the prefix its URL keys carry, for share links, and none when the query is not in the URL', () => {
    const seen: (string | undefined)[] = [];
    function Probe(props: AuditQueryStateOptions) {
      seen.push(useAuditQueryState(props).urlPrefix);
      return null;
    }
    render(
      <>
        <Probe />
        <Probe url />
        <Probe url={{ prefix: 'adminAudit' }} />
      </>,
    );
    expect(seen.slice(0, 3)).toEqual([undefined, 'audit', 'adminAudit']);
  });

  it('refuses a prefix whose keys could not be told from another log’s or the page’s, saying why', () => {
    // `audit` and `audit.admin` each read the other's keys as filters on columns named `admin.q`, `sev`…, and
    // dropped them on writing; an empty prefix took `?tab=audit` for a filter and dropped it from the URL.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const prefix of ['audit.admin', '', 'audit log', 'a'.repeat(65)]) {
        expect(() => render(<Toolbar url={{ prefix }} />), JSON.stringify(prefix)).toThrow(
          /useAuditQueryState: the URL prefix must be 1 to 64 letters, digits/,
        );
        cleanup();
      }
    } finally {
      logged.mockRestore();
    }
    expect(location.search).toBe('?tab=audit&audit.q=start&audit.page=3');
  });

  it('hands the URL state to a controlled host on mount', () => {
    const onChange = vi.fn();
    render(<Toolbar url value={defaultAuditQuery} onChange={onChange} />);
    expect(onChange).toHaveBeenCalledWith({ ...defaultAuditQuery, search: 'start', page: 2 });
  });
});
