// @vitest-environment jsdom
// A custom UI built on headless alone: saved views applied, saved, and the user's default view opened on.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { mergeColumnPreferences } from '../react/mergeColumnPreferences.ts';
import { useAuditQueryState } from '../react/useAuditQueryState.ts';
import { useColumnPreferences } from '../react/useColumnPreferences.ts';
import type { AuditStoredViews, AuditViewOwner, AuditViewStorage } from './auditViews.types.ts';
import { readStoredViews } from './storedViews.ts';
import { useAuditViews } from './useAuditViews.ts';

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

/** A host's server, in memory and asynchronous, counting its loads. */
function serverStorage(initial: Record<string, AuditStoredViews> = {}) {
  const rows = new Map(Object.entries(initial));
  const key = ({ tenantId, userId }: AuditViewOwner) => `${tenantId}/${userId}`;
  const storage: AuditViewStorage = {
    load: async (owner) => structuredClone(rows.get(key(owner)) ?? null),
    save: async (owner, views) => {
      rows.set(key(owner), structuredClone(views));
    },
  };
  return { storage, rows };
}

const signIns: AuditStoredViews = {
  version: 1,
  views: [
    {
      id: 'sign-ins',
      name: 'Sign-ins',
      search: 'action=User+logged+in',
      columns: { order: ['action', 'createdAt'], visible: ['action'] },
      timeZone: 'Asia/Tokyo',
    },
  ],
  defaultViewId: 'sign-ins',
};
const admins: AuditStoredViews = {
  version: 1,
  views: [{ id: 'admins', name: 'Admins', search: 'q=admin' }],
  defaultViewId: 'admins',
};

interface LogProps {
  storage: AuditViewStorage;
  userId?: string;
  defaultValue?: AuditQuery;
  /** The columns kept in the URL too, as `<AuditLog urlState>` keeps them. */
  urlColumns?: boolean;
  /** The columns known: the vendor's defaults until the metadata answers, as `<AuditLog>` has them. */
  columns?: readonly AuditColumn[];
}

/** The custom UI: a search box, the filter it shows, the views as buttons, and "Save view". */
function MyAuditLog({
  storage,
  userId = 'u',
  defaultValue,
  urlColumns = false,
  columns = defaultAuditColumns,
}: LogProps) {
  const state = useAuditQueryState({ url: { prefix: 'audit' }, ...(defaultValue && { defaultValue }) });
  const preferences = useColumnPreferences({
    columns,
    storageKey: 'test',
    storage: null,
    url: urlColumns && { prefix: 'audit' },
  });
  const [timeZone, setTimeZone] = useState('local');
  const views = useAuditViews({ state, preferences, timeZone, setTimeZone, storage, tenantId: 't', userId });
  const { query } = state;
  return (
    <section aria-label="Audit log">
      <input
        type="search"
        aria-label="Search events"
        value={query.search}
        onChange={(event) => state.setSearch(event.target.value)}
      />
      <p data-testid="filters">{JSON.stringify(query.filters)}</p>
      <p data-testid="columns">{preferences.visibleColumns.map((column) => column.name).join(',')}</p>
      <p data-testid="zone">{timeZone}</p>
      <p role="status">{views.status}</p>
      {views.views.map((view) => (
        <button key={view.id} type="button" onClick={() => views.apply(view)}>
          {view.name}
        </button>
      ))}
      <button type="button" onClick={() => void views.save('Mine', views.snapshot())}>
        Save view
      </button>
      <button type="button" onClick={() => state.reset()}>
        Reset
      </button>
    </section>
  );
}

const searchBox = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' });
const filters = () =>
  JSON.parse(screen.getByTestId('filters').textContent ?? '{}') as Record<string, string[]>;
const param = (key: string) => new URLSearchParams(location.search).get(key);
const loaded = () => waitFor(() => expect(screen.getByRole('status').textContent).toBe('ready'));

describe('useAuditViews (a custom UI on headless alone)', () => {
  it('opens on the default view when the URL has no query: its query, columns and time zone, once', async () => {
    const { storage } = serverStorage({ 't/u': signIns });
    const { rerender } = render(<MyAuditLog storage={storage} />);
    await waitFor(() => expect(filters()).toEqual({ action: ['User logged in'] }));
    // The URL is written in the effects after that render, which may run after the check above.
    await waitFor(() => expect(param('audit.action')).toBe('User logged in'));
    // The view's columns: Action first, Time hidden (the columns it does not name follow their defaults).
    expect(screen.getByTestId('columns').textContent).toBe('action,email,description,ip');
    expect(screen.getByTestId('zone').textContent).toBe('Asia/Tokyo');

    // The user's own changes afterwards are theirs: the default view is not applied again, on any later render,
    // even once the query is back to the defaults and the views change.
    fireEvent.change(searchBox(), { target: { value: 'admin' } });
    expect(filters()).toEqual({ action: ['User logged in'] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(filters()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mine' })).toBeTruthy());
    rerender(<MyAuditLog storage={storage} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(searchBox().value).toBe('');
    expect(filters()).toEqual({});
    expect(param('audit.action')).toBeNull();
  });

  // The default view is where the page opens, not a step the user took: pushed, it made a first Back that stayed
  // on the page showing every event, and only a second Back left.
  it('opens on the default view in the page’s own history entry: the first Back leaves the page', async () => {
    history.replaceState(null, '', '/before');
    history.pushState(null, '', '/audit');
    const length = history.length;
    const { storage } = serverStorage({ 't/u': signIns });
    render(<MyAuditLog storage={storage} urlColumns />);
    await waitFor(() => expect(filters()).toEqual({ action: ['User logged in'] }));
    await waitFor(() => expect(param('audit.action')).toBe('User logged in'));
    // Action first, Time hidden; the rest follow the defaults in their order, so the link need not name them.
    expect(param('audit.cols')).toBe('action,-createdAt');
    expect(history.length).toBe(length);
    act(() => history.back());
    await waitFor(() => expect(location.pathname).toBe('/before'));
  });

  it('opens on the default view over the host’s defaultValue, which is no query of the page’s own', async () => {
    const { storage } = serverStorage({ 't/u': admins });
    const hostDefault: AuditQuery = { ...defaultAuditQuery, time: { preset: '7d' } };
    render(<MyAuditLog storage={storage} defaultValue={hostDefault} />);
    await waitFor(() => expect(searchBox().value).toBe('admin'));
    await waitFor(() => expect(param('audit.q')).toBe('admin'));
  });

  it('keeps a link’s own query, a cleared default included', async () => {
    const hostDefault: AuditQuery = { ...defaultAuditQuery, time: { preset: '7d' } };
    for (const link of ['?audit.q=login', '?audit.range=all']) {
      history.replaceState(null, '', `/${link}`);
      const { storage } = serverStorage({ 't/u': admins });
      render(<MyAuditLog storage={storage} defaultValue={hostDefault} />);
      await loaded();
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(searchBox().value, link).toBe(link === '?audit.q=login' ? 'login' : '');
      expect(param('audit.q'), link).toBe(link === '?audit.q=login' ? 'login' : null);
      if (link === '?audit.range=all') expect(param('audit.range'), link).toBe('all');
      cleanup();
    }
  });

  it('keeps a change the user made while the views loaded', async () => {
    let release: (() => void) | undefined;
    const slow: AuditViewStorage = {
      load: () => new Promise((resolve) => (release = () => resolve(structuredClone(admins)))),
      save: () => {},
    };
    render(<MyAuditLog storage={slow} />);
    await waitFor(() => expect(release).toBeDefined());
    fireEvent.change(searchBox(), { target: { value: 'export' } });
    await act(async () => release?.());
    await loaded();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(searchBox().value).toBe('export');
  });

  it('decides the default view again, once, for the user signed in next without a reload', async () => {
    const { storage } = serverStorage({ 't/second': admins });
    const { rerender } = render(<MyAuditLog storage={storage} userId="first" />);
    await loaded();
    expect(searchBox().value).toBe('');

    rerender(<MyAuditLog storage={storage} userId="second" />);
    await waitFor(() => expect(searchBox().value).toBe('admin'));

    fireEvent.change(searchBox(), { target: { value: 'login' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    rerender(<MyAuditLog storage={storage} userId="second" />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(searchBox().value).toBe('');
  });

  // The views load from storage in a microtask; the metadata may answer later (or never): until then the columns
  // are the vendor's defaults. Applied then, the view's own column was dropped from the choice, and came back
  // hidden at the end once the metadata arrived; storage and the link kept the loss.
  it('opens on the default view with its own columns, in its order, once the metadata that has them arrives', async () => {
    const riskScore: AuditColumn = {
      name: 'riskScore',
      displayName: 'Risk score',
      type: 'AlphaNumeric',
      sortable: true,
      filterable: true,
      showInTable: false,
      showInMoreInfo: true,
    };
    const risky: AuditStoredViews = {
      version: 1,
      views: [
        {
          id: 'risky',
          name: 'Risky',
          search: 'action=User+logged+in',
          columns: {
            order: ['riskScore', 'createdAt', 'action', 'email', 'description', 'ip'],
            visible: ['riskScore', 'createdAt', 'action'],
          },
        },
      ],
      defaultViewId: 'risky',
    };
    const { storage } = serverStorage({ 't/u': risky });
    const { rerender } = render(<MyAuditLog storage={storage} urlColumns />);
    await waitFor(() => expect(filters()).toEqual({ action: ['User logged in'] }));
    // Not known yet: not shown, and not replaced by the columns the view hides.
    expect(screen.getByTestId('columns').textContent).toBe('createdAt,action');

    rerender(<MyAuditLog storage={storage} urlColumns columns={[...defaultAuditColumns, riskScore]} />);
    expect(screen.getByTestId('columns').textContent).toBe('riskScore,createdAt,action');
    await waitFor(() => expect(param('audit.cols')).toBe('riskScore,-email,-description,-ip'));
  });

  it('applies a view by hand while the metadata is missing, and shows its columns once it arrives', async () => {
    const region: AuditColumn = {
      ...defaultAuditColumns[0]!,
      name: 'region',
      displayName: 'Region',
      showInTable: false,
    };
    const withRegion: AuditStoredViews = {
      version: 1,
      views: [
        {
          id: 'regions',
          name: 'Regions',
          search: '',
          columns: { order: ['action', 'region', 'createdAt'], visible: ['action', 'region'] },
        },
      ],
    };
    const { storage } = serverStorage({ 't/u': withRegion });
    const { rerender } = render(<MyAuditLog storage={storage} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Regions' }));
    expect(screen.getByTestId('columns').textContent).toBe('action,email,description,ip');
    rerender(<MyAuditLog storage={storage} columns={[...defaultAuditColumns, region]} />);
    expect(screen.getByTestId('columns').textContent).toBe('action,region,email,description,ip');
  });

  it('applies a view and saves a snapshot of what is shown', async () => {
    const { storage, rows } = serverStorage({ 't/u': { ...signIns, defaultViewId: undefined } });
    render(<MyAuditLog storage={storage} />);
    await loaded();
    expect(filters()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Sign-ins' }));
    expect(filters()).toEqual({ action: ['User logged in'] });
    expect(screen.getByTestId('zone').textContent).toBe('Asia/Tokyo');
    fireEvent.change(searchBox(), { target: { value: 'admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(rows.get('t/u')?.views).toHaveLength(2));
    expect(rows.get('t/u')?.views[1]).toMatchObject({
      name: 'Mine',
      search: 'q=admin&action=User+logged+in',
      columns: { visible: ['action', 'email', 'description', 'ip'] },
      timeZone: 'Asia/Tokyo',
    });
  });

  it('saves a view of a column hidden among 1200, which comes back with that column hidden', async () => {
    const columns: AuditColumn[] = Array.from({ length: 1200 }, (_, index) => ({
      ...defaultAuditColumns[0]!,
      name: `c${index}`,
      showInTable: true,
    }));
    const { storage, rows } = serverStorage({
      't/u': {
        version: 1,
        views: [
          {
            id: 'no-last',
            name: 'No last',
            search: '',
            columns: { order: ['c0', 'c1199'], visible: ['c0'] },
          },
        ],
      },
    });
    render(<MyAuditLog storage={storage} columns={columns} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'No last' }));
    expect(screen.getByTestId('columns').textContent?.split(',')).toHaveLength(1199);
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(rows.get('t/u')?.views).toHaveLength(2));
    // Read back as the next load reads it: every known column in order was more than a view keeps, and the view
    // came back with no column choice.
    const mine = readStoredViews(rows.get('t/u')).views[1];
    expect(mine?.columns).toBeDefined();
    const shown = mergeColumnPreferences(columns, mine?.columns).visible;
    expect(shown).toHaveLength(1199);
    expect(shown).not.toContain('c1199');
  });
});
