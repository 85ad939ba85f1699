// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import type { AuditStoredViews, AuditViewOwner, AuditViewStorage } from './auditViews.types.ts';
import { auditViewUrl } from './auditViewUrl.ts';
import { readStoredViews } from './storedViews.ts';
import { useSavedViews, type UseSavedViewsOptions } from './useSavedViews.ts';

const severe: AuditQuery = {
  ...defaultAuditQuery,
  search: 'login',
  time: { preset: '7d' },
  filters: Object.fromEntries([
    ['severity', ['High', 'Critical']],
    ['__proto__', ['x']],
  ]),
  sort: { column: 'action', direction: 'asc' },
};
const render = (options: UseSavedViewsOptions) =>
  renderHook((props: UseSavedViewsOptions) => useSavedViews(props), { initialProps: options });

/** A host's server, in memory: asynchronous, and it can fail. */
function serverStorage() {
  const rows = new Map<string, AuditStoredViews>();
  const key = (owner: AuditViewOwner) => JSON.stringify(owner);
  let failNext = false;
  const storage: AuditViewStorage = {
    load: async (owner) => structuredClone(rows.get(key(owner)) ?? null),
    save: async (owner, views) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failNext) {
        failNext = false;
        throw new Error('503 from the host');
      }
      rows.set(key(owner), structuredClone(views));
    },
  };
  return { storage, rows, failOnce: () => (failNext = true) };
}

beforeEach(() => localStorage.clear());

describe('useSavedViews', () => {
  it('saves, renames, sets the default and deletes through a host storage, per tenant and user', async () => {
    const server = serverStorage();
    const { result, rerender } = render({ storage: server.storage, tenantId: 't1', userId: 'u1' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    let id = '';
    await act(async () => {
      id = (await result.current.save('  Severe   logins ', { query: severe, timeZone: 'Europe/Paris' })).id;
    });
    await act(() => result.current.setDefault(id));
    await act(() => result.current.rename(id, 'Severe sign-ins'));
    expect(result.current.defaultView?.name).toBe('Severe sign-ins');

    // Another mount (a reload) reads the same views back from the server.
    const again = render({ storage: server.storage, tenantId: 't1', userId: 'u1' });
    await waitFor(() => expect(again.result.current.views).toHaveLength(1));
    const [view] = again.result.current.views;
    expect(view).toMatchObject({ name: 'Severe sign-ins', timeZone: 'Europe/Paris', predefined: false });
    expect(view!.query).toEqual({ ...severe, page: 0 });
    expect(again.result.current.defaultView?.id).toBe(id);

    // Another user of the same tenant sees none of them.
    rerender({ storage: server.storage, tenantId: 't1', userId: 'u2' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.views).toEqual([]);

    await act(() => again.result.current.remove(id));
    expect(again.result.current.views).toEqual([]);
    expect(again.result.current.defaultView).toBeUndefined();
  });

  it('undoes a write the storage refused and reports it', async () => {
    const server = serverStorage();
    const { result } = render({ storage: server.storage });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    server.failOnce();
    await act(async () => {
      await expect(result.current.save('Mine', { query: severe })).rejects.toThrow('503');
    });
    expect(result.current.views).toEqual([]);
    expect(String(result.current.error)).toMatch(/503/);
  });

  it('refuses to write before the owner’s views are loaded, so none are overwritten or copied to another user', async () => {
    const server = serverStorage();
    const owner = (tenantId: string, userId: string) => JSON.stringify({ tenantId, userId });
    const stored = (tenantId: string, userId: string) =>
      readStoredViews(server.rows.get(owner(tenantId, userId))).views.map((view) => view.name);
    const alice = render({ storage: server.storage, tenantId: 't1', userId: 'alice' });
    await waitFor(() => expect(alice.result.current.status).toBe('ready'));
    await act(() => alice.result.current.save('Alice private', { query: severe }));
    await act(() => alice.result.current.save('Alice other', { query: severe }));

    // A slow load: a save made meanwhile would replace the two views with one.
    let release = () => {};
    const slow: AuditViewStorage = {
      load: (who) => new Promise((resolve) => (release = () => resolve(server.storage.load(who)))),
      save: server.storage.save,
    };
    const loading = render({ storage: slow, tenantId: 't1', userId: 'alice' });
    await expect(loading.result.current.save('New', { query: severe })).rejects.toThrow(/still loading/);
    release();
    await waitFor(() => expect(loading.result.current.views).toHaveLength(2));

    // A failed load: nothing is known of what is stored, so nothing may be written over it.
    const broken: AuditViewStorage = {
      load: () => Promise.reject(new Error('503 from the host')),
      save: server.storage.save,
    };
    const failed = render({ storage: broken, tenantId: 't1', userId: 'alice' });
    await waitFor(() => expect(failed.result.current.status).toBe('error'));
    await expect(failed.result.current.save('New', { query: severe })).rejects.toThrow(/could not be loaded/);
    expect(stored('t1', 'alice')).toEqual(['Alice private', 'Alice other']);

    // Another tenant and user signs in on the same mount: until their views arrive, Alice's are still held.
    alice.rerender({ storage: slow, tenantId: 't2', userId: 'bob' });
    await expect(alice.result.current.save('Bob view', { query: severe })).rejects.toThrow(/still loading/);
    release();
    await waitFor(() => expect(alice.result.current.status).toBe('ready'));
    await act(() => alice.result.current.save('Bob view', { query: severe }));
    expect(stored('t2', 'bob')).toEqual(['Bob view']);
    expect(stored('t1', 'alice')).toEqual(['Alice private', 'Alice other']);
  });

  it('refuses a view that would come back with filters missing, and says why', async () => {
    const server = serverStorage();
    const { result } = render({ storage: server.storage });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const long = { ...severe, filters: { ...severe.filters, action: ['b'.repeat(501)] } };
    await expect(result.current.save('Long', { query: long })).rejects.toThrow(
      'This view cannot be saved. A filter value has at most 500 characters (one of "action" is longer).',
    );
    await expect(
      result.current.save('Wordy', { query: { ...severe, search: 'w'.repeat(1001) } }),
    ).rejects.toThrow(/search text has at most 1000 characters/);
    // A vendor column whose name a link cannot carry (a space): its filter would be lost, so the view is refused.
    await expect(
      result.current.save('Spaced', { query: { ...severe, filters: { 'Risk score': ['high'] } } }),
    ).rejects.toThrow('This view cannot be saved. A filter on "Risk score" cannot be kept');
    expect(result.current.views).toEqual([]);
    expect(server.rows.size).toBe(0);
  });

  it('offers predefined views that cannot be renamed or deleted', async () => {
    const { result } = render({
      predefined: [{ name: 'Severe events', query: { filters: { severity: ['High', 'Critical'] } } }],
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const [view] = result.current.views;
    expect(view).toMatchObject({ id: 'predefined:severe-events', predefined: true });
    await expect(result.current.remove(view!.id)).rejects.toThrow(/predefined/);
    await expect(result.current.rename(view!.id, 'x')).rejects.toThrow(/predefined/);
    await act(() => result.current.setDefault(view!.id));
    expect(result.current.defaultView?.name).toBe('Severe events');
  });

  it('keeps views in localStorage by default, across a reload', async () => {
    const first = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Mine', { query: severe }));
    expect(localStorage.getItem('auditkit.views:t:u')).toContain('"name":"Mine"');
    const second = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(second.result.current.views.map((view) => view.name)).toEqual(['Mine']));
  });

  it('rejects an empty name', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await expect(result.current.save('   ', { query: severe })).rejects.toThrow('A view needs a name.');
  });
});

describe('readStoredViews', () => {
  it('drops what does not fit and never trusts prototype keys', () => {
    const hostile = JSON.parse(`{
      "__proto__": { "polluted": true },
      "views": [
        { "id": "a", "name": "ok", "search": "q=x&sev=High&__proto__=1&constructor=2", "timeZone": "<script>" },
        { "id": "a", "name": "duplicate id", "search": "" },
        { "id": "b", "name": "", "search": "" },
        { "id": "c", "name": "no search" },
        { "id": "d", "name": "bad columns", "search": "", "columns": { "order": "x", "visible": [1] } },
        null, 7, "str",
        { "id": "e", "name": "huge", "search": "${'x'.repeat(9000)}" }
      ],
      "defaultViewId": { "toString": "x" }
    }`);
    const read = readStoredViews(hostile);
    expect(read.views.map((view) => view.name)).toEqual(['ok', 'bad columns']);
    expect(read.views[0]!.timeZone).toBeUndefined();
    expect(read.views[0]!.query.filters).toEqual(
      Object.fromEntries([
        ['severity', ['High']],
        ['__proto__', ['1']],
        ['constructor', ['2']],
      ]),
    );
    expect(Object.getPrototypeOf(read.views[0]!.query.filters)).toBe(Object.prototype);
    expect(read.defaultViewId).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const junk of [null, 1, 'x', [], { views: {} }])
      expect(readStoredViews(junk)).toEqual({ views: [] });
  });
});

describe('auditViewUrl', () => {
  it('puts the view in the same keys as the live URL, keeping the host’s keys', () => {
    const url = auditViewUrl(
      {
        id: 'v',
        name: 'x',
        query: severe,
        predefined: false,
        columns: { order: ['email', 'createdAt'], visible: ['email', 'createdAt'] },
      },
      { base: 'https://app.test/audit?tab=1&audit.q=old&audit.page=3', columns: defaultAuditColumns },
    );
    const search = new URL(url).searchParams;
    expect(search.get('tab')).toBe('1');
    expect(search.get('audit.q')).toBe('login');
    expect(search.get('audit.sev')).toBe('High,Critical');
    expect(search.get('audit.page')).toBeNull();
    expect(search.get('audit.cols')).toMatch(/^email,createdAt/);
  });
});
