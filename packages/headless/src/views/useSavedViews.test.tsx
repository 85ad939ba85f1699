// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import type { AuditStoredViews, AuditViewOwner, AuditViewStorage } from './auditViews.types.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { auditViewUrl } from './auditViewUrl.ts';
import { SavedViewError, isSavedViewError, type SavedViewErrorCode } from './SavedViewError.ts';
import { readStoredViews, writeStoredViews } from './storedViews.ts';
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

  it('takes back only the change the storage refused, while another change in flight with it stands', async () => {
    const server = serverStorage();
    const { result } = render({ storage: server.storage });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    for (const name of ['A', 'B', 'C']) await act(() => result.current.save(name, { query: severe }));
    const id = (name: string) => result.current.views.find((view) => view.name === name)!.id;
    const [a, b] = [id('A'), id('B')];
    // B's delete is refused and A's goes through, both in flight together. Each wrote the whole list as shown
    // when it started: the refusal put back [A, B, C], and the storage kept A's [C], B gone with it.
    server.failOnce();
    await act(async () => {
      const deletes = [result.current.remove(b), result.current.remove(a)];
      await expect(deletes[0]).rejects.toThrow('503');
      await deletes[1];
    });
    expect(result.current.views.map((view) => view.name)).toEqual(['B', 'C']);
    const kept = readStoredViews([...server.rows.values()][0]);
    expect(kept.views.map((view) => view.name)).toEqual(['B', 'C']);
  });

  it('builds a change in its turn: a save by a name only a refused rename gave keeps its own id', async () => {
    const server = serverStorage();
    const { result } = render({ storage: server.storage });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const old = await act(() => result.current.save('Old', { query: severe }));
    server.failOnce();
    let saved: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      const rename = result.current.rename(old.id, 'Foo');
      const save = result.current.save('Foo', { query: severe });
      await expect(rename).rejects.toThrow('503');
      saved = await save;
    });
    // The save took the renamed view's id from the list shown; the rename refused, it made a second view with
    // that id, which the next load dropped.
    expect(saved?.id).not.toBe(old.id);
    expect(result.current.views.map((view) => [view.name, view.id])).toEqual([
      ['Old', old.id],
      ['Foo', saved?.id],
    ]);
  });

  it('keeps the new owner’s views when a write for the one before ends after the switch', async () => {
    const server = serverStorage();
    const { result, rerender } = render({ storage: server.storage, tenantId: 't', userId: 'x' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const mine = await act(() => result.current.save('Mine', { query: severe }));
    let remove: Promise<void> | undefined;
    act(() => {
      remove = result.current.remove(mine.id);
    });
    // The user changes while x's write is in flight; y's views load before it ends.
    rerender({ storage: server.storage, tenantId: 't', userId: 'y' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => remove!);
    // The write put x's list back over y's: y's views said "loading" for good, and every change was refused.
    expect(result.current.status).toBe('ready');
    expect(result.current.views).toEqual([]);
    await act(() => result.current.save('Theirs', { query: severe }));
    expect(result.current.views.map((view) => view.name)).toEqual(['Theirs']);
    expect(readStoredViews(server.rows.get(JSON.stringify({ tenantId: 't', userId: 'x' }))).views).toEqual(
      [],
    );
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

    // A slow load: a save made meanwhile would replace the two views with one. Loads wait while `held`.
    let held = true;
    let waiting: (() => void)[] = [];
    const release = () => {
      held = false;
      for (const answer of waiting) answer();
      waiting = [];
    };
    const slow: AuditViewStorage = {
      load: (who) =>
        held
          ? new Promise((resolve) => waiting.push(() => resolve(server.storage.load(who))))
          : server.storage.load(who),
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
    held = true;
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
    // A vendor column whose name a link cannot carry (a control character): its filter would be lost, so the
    // view is refused.
    await expect(
      result.current.save('Tabbed', { query: { ...severe, filters: { 'Risk\tscore': ['high'] } } }),
    ).rejects.toThrow('This view cannot be saved. A filter on "Risk\tscore" cannot be kept');
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

  it('tells apart predefined views whose names the slug cannot (other scripts, punctuation)', async () => {
    const { result } = render({
      storage: null,
      predefined: [
        { name: '重大なイベント' },
        { name: 'אירועים חמורים' },
        { name: 'Severe!' },
        { name: 'Severe?' },
      ],
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const ids = result.current.views.map((view) => view.id);
    expect(new Set(ids).size).toBe(4);
    // One default, not every view that shared its id.
    await act(() => result.current.setDefault(ids[1]));
    expect(result.current.defaultView?.name).toBe('אירועים חמורים');
    await act(() => result.current.setDefault(ids[3]));
    expect(result.current.defaultView?.name).toBe('Severe?');
  });

  it('keeps views in localStorage by default, across a reload', async () => {
    const first = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Mine', { query: severe }));
    expect(localStorage.getItem('auditkit.views:t:u')).toContain('"name":"Mine"');
    const second = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(second.result.current.views.map((view) => view.name)).toEqual(['Mine']));
  });

  it('saves a filter on a vendor column named with a space, and it comes back whole after a reload', async () => {
    const spaced = { ...severe, filters: { ...severe.filters, 'Risk score': ['high'] } };
    const first = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Risky', { query: spaced }));
    const second = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(second.result.current.views).toHaveLength(1));
    expect(second.result.current.views[0]!.query.filters).toEqual(spaced.filters);
  });

  it('saves a "one user" view, and it comes back with its users filter after a reload', async () => {
    const oneUser = { ...severe, filters: { ...severe.filters, users: ['user-acme-ada'] } };
    const first = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Ada', { query: oneUser }));
    const second = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(second.result.current.views).toHaveLength(1));
    expect(second.result.current.views[0]!.query.filters).toEqual(oneUser.filters);
  });

  it('refuses a view filtered on a name the API reads as its own parameter, which a view never keeps', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // A vendor column called `filter`, or a host's filter on `tenant_ids`: read back, the view would have lost it.
    for (const column of ['filter', 'tenant_ids']) {
      await expect(
        result.current.save('Reserved', { query: { ...severe, filters: { [column]: ['x'] } } }),
      ).rejects.toMatchObject({ code: 'query-too-big', detail: { reason: { code: 'column-name', column } } });
    }
    expect(result.current.views).toEqual([]);
  });

  // A storage written inline is a new object each render: keyed on it, every load's result re-rendered, made
  // another storage and loaded again, without end (a server's storage: endless fetches).
  it('loads once for a storage written inline in the render, and subscribes once', async () => {
    const load = vi.fn(() => null);
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const { result, rerender } = renderHook(
      ({ tenantId }: { tenantId: string }) =>
        useSavedViews({ storage: { load, save() {}, subscribe }, tenantId, userId: 'u' }),
      { initialProps: { tenantId: 't1' } },
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(load).toHaveBeenCalledTimes(1);
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(unsubscribe).not.toHaveBeenCalled();
    // The storage written inline is still the one written to, and read before the write.
    await act(() => result.current.save('Mine', { query: severe }));
    expect(load).toHaveBeenCalledTimes(2);

    // Another tenant (a storage per tenant, say) is another owner: read for them, once.
    rerender({ tenantId: 't2' });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith({ tenantId: 't2', userId: 'u' });
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('reads the views again when the host turns its storage on or off, or goes back to the default', async () => {
    localStorage.setItem(
      'auditkit.views:t:u',
      JSON.stringify(
        writeStoredViews([{ id: 'a', name: 'In localStorage', query: severe, predefined: false }], undefined),
      ),
    );
    const server = serverStorage();
    const { result, rerender } = render({ storage: null, tenantId: 't', userId: 'u' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.views).toEqual([]);
    rerender({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(result.current.views.map((view) => view.name)).toEqual(['In localStorage']));
    rerender({ storage: server.storage, tenantId: 't', userId: 'u' });
    await waitFor(() => expect(result.current.views).toEqual([]));
  });

  it('rejects an empty name', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await expect(result.current.save('   ', { query: severe })).rejects.toThrow('A view needs a name.');
  });
});

// A sandboxed iframe or a browser blocking site data: reading `localStorage` throws a SecurityError.
describe('useSavedViews where localStorage cannot be used', () => {
  beforeEach(() => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The document is sandboxed.', 'SecurityError');
    });
    return () => vi.restoreAllMocks();
  });

  // Written to nothing and read back as nothing, each save left only itself, and a rename or delete said the view
  // no longer existed.
  it('keeps every view saved for the session, and renames and deletes them', async () => {
    // A user named, so this is the fallback for a blocked localStorage, not the memory a log without one keeps.
    const { result } = render({ tenantId: 'sandboxed', userId: 'u' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const first = await act(() => result.current.save('First', { query: severe }));
    await act(() => result.current.save('Second', { query: defaultAuditQuery }));
    expect(result.current.views.map((view) => view.name)).toEqual(['First', 'Second']);
    await act(() => result.current.rename(first.id, 'First, renamed'));
    await act(() => result.current.remove(first.id));
    expect(result.current.views.map((view) => view.name)).toEqual(['Second']);
    expect(result.current.error).toBeUndefined();
  });

  // The log mounted again (the host's page left and opened again, Retry after an error) makes a new storage.
  it('keeps them when the log is mounted again, and for each owner apart', async () => {
    const first = render({ tenantId: 'acme', userId: 'ada' });
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Kept', { query: severe }));
    first.unmount();
    const again = render({ tenantId: 'acme', userId: 'ada' });
    await waitFor(() => expect(again.result.current.views.map((view) => view.name)).toEqual(['Kept']));
    const other = render({ tenantId: 'acme', userId: 'hank' });
    await waitFor(() => expect(other.result.current.status).toBe('ready'));
    expect(other.result.current.views).toEqual([]);
  });
});

describe('useSavedViews says why it refused a change by a code, for a UI in any language', () => {
  /** What `attempt` rejected with, checked to be a `SavedViewError`. */
  async function refusal(attempt: Promise<unknown>): Promise<SavedViewError> {
    const error = await attempt.then(
      () => undefined,
      (cause: unknown) => cause,
    );
    expect(error).toBeInstanceOf(SavedViewError);
    expect(isSavedViewError(error)).toBe(true);
    return error as SavedViewError;
  }
  const refused = async (attempt: Promise<unknown>) => {
    const { code, detail, name } = await refusal(attempt);
    return { code, detail, name };
  };

  it('a name: missing or too long, with the limit', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(await refused(result.current.save(' \t ', { query: severe }))).toEqual({
      code: 'name-missing',
      detail: {},
      name: 'SavedViewError',
    });
    const tooLong = await refusal(result.current.save('n'.repeat(121), { query: severe }));
    expect([tooLong.code, tooLong.detail]).toEqual(['name-too-long', { limit: 120 }]);
    // Developers still read English.
    expect(tooLong.message).toBe('A view name has at most 120 characters.');
    const view = await act(() => result.current.save('Mine', { query: severe }));
    expect(await refused(result.current.rename(view.id, ''))).toMatchObject({ code: 'name-missing' });
  });

  // `save` replaces the view of its name: after a rename to a name in use ("Prod" and "prod"), the next save
  // overwrote whichever came first; a predefined view's name made a second row that read the same.
  it('a rename to a name another view has, in any case, with that name; its own name in another case is fine', async () => {
    const { result } = render({ storage: null, predefined: [{ id: 'host', name: 'Severe events' }] });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const prod = await act(() => result.current.save('Prod', { query: severe }));
    const staging = await act(() => result.current.save('Staging', { query: defaultAuditQuery }));
    const taken = await refusal(result.current.rename(staging.id, '  prod '));
    expect([taken.code, taken.detail]).toEqual(['name-taken', { name: 'Prod' }]);
    expect(taken.message).toBe('There is already a view named "Prod".');
    expect(await refused(result.current.rename(staging.id, 'SEVERE EVENTS'))).toMatchObject({
      code: 'name-taken',
      detail: { name: 'Severe events' },
    });
    expect(result.current.views.map((view) => view.name)).toEqual(['Severe events', 'Prod', 'Staging']);
    await act(() => result.current.rename(prod.id, 'PROD'));
    expect(result.current.views.map((view) => view.name)).toEqual(['Severe events', 'PROD', 'Staging']);
  });

  // "Café" typed on a Mac (é as e and a combining accent) and on Windows (é as one character) read the same: two
  // views of that name were two rows the user could not tell apart, and a save replaced one of them.
  it('a name spelt with composed or decomposed accents is one name', async () => {
    const { result } = render({ storage: null, predefined: [{ id: 'host', name: 'Re\u0301sume\u0301' }] });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const composed = await act(() => result.current.save('Café', { query: severe }));
    const decomposed = await act(() => result.current.save('CAFE\u0301', { query: defaultAuditQuery }));
    expect(decomposed.id).toBe(composed.id);
    expect(result.current.views.map((view) => view.name)).toEqual(['Re\u0301sume\u0301', 'CAFE\u0301']);
    const other = await act(() => result.current.save('Tea', { query: severe }));
    expect(await refused(result.current.rename(other.id, 'café'))).toMatchObject({
      code: 'name-taken',
      detail: { name: 'CAFE\u0301' },
    });
    expect(await refused(result.current.save('RÉSUMÉ', { query: severe }))).toMatchObject({
      code: 'name-taken',
      detail: { name: 'Re\u0301sume\u0301' },
    });
  });

  it('a save under a predefined view’s name, in any case, with that name; a user view’s name is replaced', async () => {
    // It made a second row that read the same as the predefined one, which the user could not tell apart.
    const { result } = render({ storage: null, predefined: [{ id: 'host', name: 'Severe events' }] });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const taken = await refusal(result.current.save(' severe  EVENTS ', { query: severe }));
    expect([taken.code, taken.detail]).toEqual(['name-taken', { name: 'Severe events' }]);
    expect(taken.message).toBe('There is already a view named "Severe events".');
    expect(result.current.views.map((view) => view.name)).toEqual(['Severe events']);
    // The user's own view of a name is still replaced, keeping its id, as documented.
    const prod = await act(() => result.current.save('Prod', { query: severe }));
    const again = await act(() => result.current.save('PROD', { query: defaultAuditQuery }));
    expect([again.id, again.name]).toEqual([prod.id, 'PROD']);
    expect(result.current.views.map((view) => view.name)).toEqual(['Severe events', 'PROD']);
  });

  /** A user's view "Errors" saved before the host added a predefined view of the same name. */
  async function keptBesidePredefined() {
    const server = serverStorage();
    const owner = { storage: server.storage, tenantId: 't', userId: 'u' };
    const before = render(owner);
    await waitFor(() => expect(before.result.current.status).toBe('ready'));
    const mine = await act(() => before.result.current.save('Errors', { query: severe }));
    const after = render({ ...owner, predefined: [{ id: 'host', name: 'Errors' }] });
    await waitFor(() => expect(after.result.current.views).toHaveLength(2));
    return { server, mine, after };
  }

  // Saving under its name is how the user updates it, and changing its case is still renaming it to its own name.
  it('a user view a predefined one shares a name with is still saved over and renamed in case', async () => {
    const { mine, after } = await keptBesidePredefined();
    const again = await act(() => after.result.current.save('errors', { query: defaultAuditQuery }));
    expect([again.id, again.name]).toEqual([mine.id, 'errors']);
    await act(() => after.result.current.rename(mine.id, 'ERRORS'));
    expect(after.result.current.views.map((view) => [view.name, view.predefined])).toEqual([
      ['Errors', true],
      ['ERRORS', false],
    ]);
  });

  // The same kept name as above: a delete of that view is undone like any other; only another user view taking the
  // name meanwhile refuses it.
  it('a user view a predefined one shares a name with is put back after a delete', async () => {
    const { server, mine, after } = await keptBesidePredefined();
    const view = after.result.current.views.find((item) => item.id === mine.id)!;
    await act(() => after.result.current.remove(mine.id));
    await act(() => after.result.current.restore(view, { index: 0 }));
    expect(after.result.current.views.map((item) => [item.id, item.name, item.predefined])).toEqual([
      ['host', 'Errors', true],
      [mine.id, 'Errors', false],
    ]);
    expect([...server.rows.values()][0]!.views.map((item) => [item.id, item.name])).toEqual([
      [mine.id, 'Errors'],
    ]);
  });

  it('a rename to a name another tab saved meanwhile, refused in the write’s turn', async () => {
    const server = serverStorage();
    const owner = { storage: server.storage, tenantId: 't', userId: 'u' };
    const first = render(owner);
    const second = render(owner);
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    const mine = await act(() => first.result.current.save('Mine', { query: severe }));
    await act(() => second.result.current.save('Theirs', { query: defaultAuditQuery }));
    expect(await refused(first.result.current.rename(mine.id, 'theirs'))).toMatchObject({
      code: 'name-taken',
    });
    expect([...server.rows.values()][0]!.views.map((view) => view.name)).toEqual(['Mine', 'Theirs']);
  });

  // The undo of a delete: saved again under its name, a view came back with another id, at the end of the list and
  // no longer the default, and replaced a view saved meanwhile under its name.
  it('a deleted view put back as it was: its id, place and default; refused if its name was taken since', async () => {
    const server = serverStorage();
    const owner = { storage: server.storage, tenantId: 't', userId: 'u' };
    const first = render(owner);
    const second = render(owner);
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    const columns = { order: ['time', 'action'], visible: ['action'] };
    await act(() => first.result.current.save('One', { query: defaultAuditQuery }));
    const two = await act(() =>
      first.result.current.save('Two', { query: severe, columns, timeZone: 'Europe/Paris' }),
    );
    await act(() => first.result.current.save('Three', { query: defaultAuditQuery }));
    await act(() => first.result.current.setDefault(two.id));
    const stored = () => [...server.rows.values()][0]!;
    const before = structuredClone(stored());

    await act(() => first.result.current.remove(two.id));
    expect(stored().views.map((view) => view.name)).toEqual(['One', 'Three']);
    expect(stored().defaultViewId).toBeUndefined();
    await act(() => first.result.current.restore(two, { index: 1, isDefault: true }));
    expect(stored()).toEqual(before);
    expect(first.result.current.views[1]).toEqual(two);
    expect(first.result.current.defaultView).toEqual(two);

    // Deleted again, and another tab saves a view of its name meanwhile: that view stays as it is.
    await act(() => first.result.current.remove(two.id));
    await act(() => second.result.current.save('TWO', { query: defaultAuditQuery }));
    expect(await refused(first.result.current.restore(two, { index: 1 }))).toMatchObject({
      code: 'name-taken',
      detail: { name: 'TWO' },
    });
    expect(stored().views.map((view) => view.name)).toEqual(['One', 'Three', 'TWO']);
    await waitFor(() =>
      expect(first.result.current.views.map((view) => view.name)).toEqual(['One', 'Three', 'TWO']),
    );
  });

  it('a query a view would not keep whole: which limit, and on which column', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const save = (query: Partial<AuditQuery>) =>
      refused(result.current.save('Big', { query: { ...severe, ...query } }));
    const reason = async (query: Partial<AuditQuery>) => {
      const { code, detail } = await save(query);
      expect(code).toBe('query-too-big');
      const { message, ...data } = detail.reason!;
      expect(message).toMatch(/\.$/);
      return data;
    };
    expect(await reason({ search: 'w'.repeat(1001) })).toEqual({ code: 'search-too-long', limit: 1000 });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`c${index}`, ['x']]));
    expect(await reason({ filters: many })).toEqual({ code: 'too-many-columns', limit: 50 });
    expect(await reason({ filters: { 'Risk\u0007score': ['high'] } })).toEqual({
      code: 'column-name',
      column: 'Risk\u0007score',
    });
    const values = Array.from({ length: 101 }, (_, index) => `v${index}`);
    expect(await reason({ filters: { action: values } })).toEqual({
      code: 'too-many-values',
      limit: 100,
      column: 'action',
      count: 101,
    });
    expect(await reason({ filters: { action: ['b'.repeat(501)] } })).toEqual({
      code: 'value-too-long',
      limit: 500,
      column: 'action',
    });
    // Each part within its limit, the whole longer than a stored view is read back with: saved, it vanished at
    // the next load and was gone from the storage at the next write.
    const wide = { search: '日'.repeat(900) };
    const whole = await save(wide);
    expect(whole).toMatchObject({ code: 'query-too-big', detail: { limit: 8000 } });
    expect(whole.detail.reason).toBeUndefined();
    const twenty = {
      filters: { action: Array.from({ length: 20 }, (_, index) => `${index}`.padEnd(450, 'x')) },
    };
    expect(await save(twenty)).toMatchObject({ code: 'query-too-big', detail: { limit: 8000 } });
    expect(result.current.views).toEqual([]);
  });

  it('a column choice a view would not keep: refused with the limit, not saved to come back without it', async () => {
    const { result } = render({ storage: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const order = Array.from({ length: 1001 }, (_, index) => `c${index}`);
    expect(
      await refused(result.current.save('Wide', { query: severe, columns: { order, visible: order } })),
    ).toMatchObject({ code: 'columns-too-big', detail: { limit: 1000 } });
    expect(result.current.views).toEqual([]);
    // 320 columns are kept.
    const wide = { order: order.slice(0, 320), visible: order.slice(0, 319) };
    await act(() => result.current.save('Wide', { query: severe, columns: wide }));
    expect(result.current.views[0]?.columns).toEqual(wide);
  });

  it('too many views, with the limit; a view of the same name is still replaced', async () => {
    const full = writeStoredViews(
      Array.from({ length: 100 }, (_, index) => ({
        id: `v${index}`,
        name: `View ${index}`,
        query: severe,
        predefined: false,
      })),
      undefined,
    );
    const { result } = render({ storage: { load: () => full, save: () => {} } });
    await waitFor(() => expect(result.current.views).toHaveLength(100));
    expect(await refused(result.current.save('One more', { query: severe }))).toMatchObject({
      code: 'too-many',
      detail: { limit: 100 },
    });
    await act(() => result.current.save('view 7', { query: defaultAuditQuery }));
    expect(result.current.views).toHaveLength(100);
  });

  it('views still loading, or that could not be loaded (with the load’s error as the cause)', async () => {
    let release = () => {};
    const slow: AuditViewStorage = {
      load: () => new Promise((resolve) => (release = () => resolve(null))),
      save: () => {},
    };
    const loading = render({ storage: slow });
    const codes: SavedViewErrorCode[] = [];
    for (const attempt of [
      loading.result.current.save('New', { query: severe }),
      loading.result.current.setDefault(undefined),
    ])
      codes.push((await refusal(attempt)).code);
    expect(codes).toEqual(['loading', 'loading']);
    release();
    await waitFor(() => expect(loading.result.current.status).toBe('ready'));

    const down = new Error('503 from the host');
    const failed = render({ storage: { load: () => Promise.reject(down), save: () => {} } });
    await waitFor(() => expect(failed.result.current.status).toBe('error'));
    const notLoaded = await refusal(failed.result.current.save('New', { query: severe }));
    expect(notLoaded.code).toBe('not-loaded');
    expect(notLoaded.cause).toBe(down);
  });

  it('a view that is not there, and a predefined one, which cannot be changed: with the id', async () => {
    const { result } = render({ storage: null, predefined: [{ id: 'host', name: 'Severe events' }] });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const missing = { code: 'unknown-view', detail: { id: 'gone' } };
    expect(await refused(result.current.rename('gone', 'x'))).toMatchObject(missing);
    expect(await refused(result.current.remove('gone'))).toMatchObject(missing);
    expect(await refused(result.current.setDefault('gone'))).toMatchObject(missing);
    const fixed = { code: 'predefined-view', detail: { id: 'host' } };
    expect(await refused(result.current.rename('host', 'x'))).toMatchObject(fixed);
    expect(await refused(result.current.remove('host'))).toMatchObject(fixed);
  });

  it('leaves a storage’s own failure as it was thrown: a full localStorage is the browser’s QuotaExceededError', async () => {
    const { result } = render({ tenantId: 't', userId: 'u' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // jsdom's quota, like a browser's, is about 5 million characters an origin: fill it to the brim.
    let filler = 'x'.repeat(5_000_000);
    while (filler) {
      try {
        localStorage.setItem('filler', filler);
        break;
      } catch {
        filler = filler.slice(64);
      }
    }
    const error = await result.current.save('Mine', { query: severe }).catch((cause: unknown) => cause);
    expect(isSavedViewError(error)).toBe(false);
    expect((error as Error).name).toBe('QuotaExceededError');
    expect(result.current.views).toEqual([]);
  });

  // Each write replaces the owner's whole list: built on the list loaded when the page opened, a save in one tab
  // dropped what another tab had saved since, with no error in either.
  it('makes each change to what is stored when it is written, so two tabs keep each other’s views', async () => {
    const server = serverStorage();
    const owner = { storage: server.storage, tenantId: 't', userId: 'u' };
    const first = render(owner);
    const second = render(owner);
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    await act(() => first.result.current.save('Alpha', { query: severe }));
    await act(() => second.result.current.save('Beta', { query: defaultAuditQuery }));
    const stored = () => [...server.rows.values()][0]!.views.map((view) => view.name);
    expect(stored()).toEqual(['Alpha', 'Beta']);
    expect(second.result.current.views.map((view) => view.name)).toEqual(['Alpha', 'Beta']);

    // A view the other tab deleted meanwhile: a rename of it is refused, and nothing else is lost.
    const alpha = first.result.current.views[0]!;
    await act(() => second.result.current.remove(alpha.id));
    const refused = await act(() =>
      first.result.current.rename(alpha.id, 'Alpha, renamed').catch((cause: unknown) => cause),
    );
    expect(refused).toMatchObject({ code: 'unknown-view' });
    expect(stored()).toEqual(['Beta']);
    expect(first.result.current.views.map((view) => view.name)).toEqual(['Beta']);
  });

  it('shows what another tab saves in the default storage, without waiting for a change of its own', async () => {
    const owner = { tenantId: 't', userId: 'u' };
    const { result } = render(owner);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // Another tab: what it writes reaches this page only through the storage event.
    localStorage.setItem(
      'auditkit.views:t:u',
      JSON.stringify(
        writeStoredViews(
          [{ id: 'a', name: 'From the other tab', query: severe, predefined: false }],
          undefined,
        ),
      ),
    );
    expect(result.current.views).toEqual([]);
    // Browsers send the storage event to the other tabs only; here, to this one by hand.
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: 'auditkit.views:t:u' })));
    await waitFor(() =>
      expect(result.current.views.map((view) => view.name)).toEqual(['From the other tab']),
    );
    // Another owner's key changes nothing here.
    localStorage.setItem('auditkit.views:t:someone-else', JSON.stringify({ version: 1, views: [] }));
    act(
      () => void window.dispatchEvent(new StorageEvent('storage', { key: 'auditkit.views:t:someone-else' })),
    );
    localStorage.clear();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.views.map((view) => view.name)).toEqual(['From the other tab']);
  });
});

describe('useSavedViews: two logs on one page, on the default storage', () => {
  // The storage event reaches only the other tabs: a second log on the page (a dashboard's summary beside the full
  // log) showed a view saved in the first only after a reload, and a save there could then write over it.
  const sharesViews = async () => {
    const owner = { tenantId: 't', userId: 'u' };
    const first = render(owner);
    const second = render(owner);
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    const saved = await act(() => first.result.current.save('Severe logins', { query: severe }));
    await waitFor(() =>
      expect(second.result.current.views.map((view) => view.name)).toEqual(['Severe logins']),
    );
    await act(() => second.result.current.rename(saved.id, 'Severe sign-ins'));
    await waitFor(() =>
      expect(first.result.current.views.map((view) => view.name)).toEqual(['Severe sign-ins']),
    );
    // Unmounted, a log is told nothing more (and nothing throws).
    second.unmount();
    await act(() => first.result.current.remove(saved.id));
    expect(first.result.current.views).toEqual([]);
  };

  it('shows a view saved or renamed in one log in the other at once', sharesViews);

  it('does the same where localStorage cannot be used and the views live in memory', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The document is sandboxed.', 'SecurityError');
    });
    try {
      await sharesViews();
    } finally {
      vi.restoreAllMocks();
    }
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
      {
        base: 'https://app.test/audit?tab=1&audit.q=old&audit.page=3&audit.event=evt-9',
        columns: defaultAuditColumns,
      },
    );
    const search = new URL(url).searchParams;
    expect(search.get('tab')).toBe('1');
    // Not the event a link had opened when the view's link was copied.
    expect(search.get('audit.event')).toBeNull();
    expect(search.get('audit.q')).toBe('login');
    expect(search.get('audit.sev')).toBe('High,Critical');
    expect(search.get('audit.page')).toBeNull();
    // Email first, then the defaults in their order: only what differs from them is written.
    expect(search.get('audit.cols')).toBe('email');
  });

  it('leaves out only what equals the log’s own defaults, so the log reads the link back as the view', () => {
    const defaults: AuditQuery = {
      ...defaultAuditQuery,
      time: { preset: '7d' },
      filters: { severity: ['High'] },
    };
    const query: AuditQuery = { ...defaultAuditQuery, search: 'login', time: null, filters: {} };
    const view = { id: 'v', name: 'x', query, predefined: false, columns: undefined };
    const url = new URL(
      auditViewUrl(view, { base: 'https://app.test/audit', columns: defaultAuditColumns, defaults }),
    );
    expect(queryFromSearch(url.search, { defaults })).toEqual(query);
  });

  // Without the mark, a link to a view that is the log's defaults had no key of the log's: the reader's log took it
  // for a bare landing and opened their own default view instead (useAuditViews.viewLink.test.tsx).
  it('marks the link as a view’s, even when the view is the log’s defaults, once', () => {
    const all = { id: 'all', name: 'All events', query: defaultAuditQuery, predefined: false };
    const base = 'https://app.test/audit?tab=1&audit.view=link&audit.sev=High';
    const url = new URL(auditViewUrl(all, { base, columns: defaultAuditColumns }));
    expect(url.search).toBe('?tab=1&audit.view=link');
  });

  it('writes under another log’s prefix, and refuses one whose keys would mix with the page’s', () => {
    const view = { id: 'v', name: 'x', query: severe, predefined: false, columns: undefined };
    const base = 'https://app.test/audit?tab=1&audit.q=old';
    const url = new URL(auditViewUrl(view, { base, prefix: 'adminAudit', columns: defaultAuditColumns }));
    expect(url.search).toMatch(/^\?tab=1&audit\.q=old&adminAudit\.q=login&adminAudit\./);
    expect(url.searchParams.get('adminAudit.sev')).toBe('High,Critical');
    for (const prefix of ['', 'audit.admin'])
      expect(() => auditViewUrl(view, { base, prefix, columns: defaultAuditColumns })).toThrow(
        /auditViewUrl: the URL prefix must be 1 to 64/,
      );
  });
});
