import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { auditQueryOverLimitReason } from '../query/auditQueryLimits.ts';
import type { ColumnPreferences } from '../react/useColumnPreferences.ts';
import type { AuditView, AuditViewDefinition, AuditViewStorage } from './auditViews.types.ts';
import { localStorageViewStorage, pageViewStorage } from './localStorageViewStorage.ts';
import { isSavedViewError, SavedViewError } from './SavedViewError.ts';
import { predefinedViews, readStoredViews, viewLimits, viewSearch, writeStoredViews } from './storedViews.ts';
import { warnWithoutUserId } from '../util/warnWithoutUserId.ts';

/** Options of `useSavedViews`. */
export interface UseSavedViewsOptions {
  /**
   * Where the user's views live; `null` keeps them for this session only.
   * @default localStorageViewStorage(); without `userId`, memory for the page's life (see `userId`)
   *
   * Read when the tenant or user changes, or when the storage is turned on or off or back to the default: not
   * each time a new object is passed, so one written inline in the render is fine (the latest one given is used).
   * To switch between two storages of your own for the same tenant and user, remount the log (a React `key`).
   */
  storage?: AuditViewStorage | null | undefined;
  tenantId?: string | undefined;
  /**
   * The signed-in user, whose views these are. Without it the default storage keeps them in memory for the page
   * (a reload forgets them, and a development build warns), never in `localStorage`, where every user of the
   * browser would share them. A `storage` of yours is used as given.
   */
  userId?: string | undefined;
  /** The host's views: offered first, applied like any other, never renamed or deleted. */
  predefined?: readonly AuditViewDefinition[] | undefined;
}

/** What a view saves. */
export interface AuditViewSnapshot {
  query: AuditQuery;
  columns?: ColumnPreferences | undefined;
  timeZone?: string | undefined;
}

/**
 * The views and what can be done with them. Changes are shown at once and written one at a time; a change the
 * storage fails is taken back, and the others still stand. A change
 * the hook refuses rejects with a `SavedViewError` (its `code` says why, to tell the user in their language); a
 * storage's failure rejects as the storage threw it.
 */
export interface SavedViews {
  readonly status: 'loading' | 'ready' | 'error';
  /** The last load or save failure (the views shown are still usable). */
  readonly error: unknown;
  /** Predefined views first, then the user's, each in the order made. */
  readonly views: readonly AuditView[];
  readonly defaultView: AuditView | undefined;
  /**
   * Saves under a name; a user view of the same name (any case) is replaced, keeping its id. A predefined view's
   * name (any case) is refused (`name-taken`).
   */
  save(name: string, snapshot: AuditViewSnapshot): Promise<AuditView>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Puts a view `remove` took back as it was (its id, name, query, columns and time zone), written as any change is:
   * the undo of a delete. `index` is where it was among the user's views (`views` without the predefined ones; the
   * end when absent or past it); with `isDefault` it is the default again, unless another default was chosen since.
   * Refused (`name-taken`) when one of the user's views of its name (any case) was saved meanwhile, which `save`
   * would have replaced (a predefined view of its name does not refuse it: it had that name beside it before), and
   * (`too-many`) when the user keeps the most views already: nothing is changed then. A view with its id still
   * there (put back elsewhere already) is left as it is.
   */
  restore(
    view: AuditView,
    place?: { index?: number | undefined; isDefault?: boolean | undefined },
  ): Promise<void>;
  /**
   * The view applied when the page opens without a query in its URL; `undefined` for none. This hook only keeps
   * it (`defaultView`): `useAuditViews` applies it to the query state.
   */
  setDefault(id: string | undefined): Promise<void>;
}

/** One change to the owner's list, applied to the list it is shown on and, in its turn, to the one saved. */
type Change = (list: Stored) => Stored;

/** The list, once it is known to hold the view `id` in a change's turn (the change that made it may have failed). */
function present(list: Stored, id: string): Stored {
  if (!list.views.some((item) => item.id === id))
    throw new SavedViewError(`No saved view "${id}".`, { code: 'unknown-view', detail: { id } });
  return list;
}

interface Stored {
  owner: string;
  status: SavedViews['status'];
  views: readonly AuditView[];
  defaultViewId?: string | undefined;
}

/**
 * Whether two view names are one: in any case, and with accents composed or not ("Café" typed on a Mac is `e` and
 * a combining accent, on Windows one character; both read the same, so two views of them were two rows the user
 * could not tell apart).
 */
const sameName = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** Refusal of a name another view has (any case): `name` spelt as that view does. */
const nameTaken = (name: string) =>
  new SavedViewError(`There is already a view named "${name}".`, { code: 'name-taken', detail: { name } });

/** Refusal of one more view than a user may keep. */
const tooMany = () =>
  new SavedViewError(`At most ${viewLimits.views} saved views.`, {
    code: 'too-many',
    detail: { limit: viewLimits.views },
  });

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const cleanName = (name: string) => {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new SavedViewError('A view needs a name.', { code: 'name-missing' });
  if (trimmed.length > viewLimits.name)
    throw new SavedViewError(`A view name has at most ${viewLimits.name} characters.`, {
      code: 'name-too-long',
      detail: { limit: viewLimits.name },
    });
  return trimmed;
};

/**
 * Named views of the audit log (query, columns, time zone), kept per tenant and user through a storage the host
 * can replace (for example its own server), plus the host's predefined views. The list alone: `useAuditViews`
 * adds applying a view, taking a snapshot of the current one, and opening on the default view.
 *
 * @example
 * ```tsx
 * const views = useSavedViews({ tenantId, userId, predefined: [{ name: 'Severe events',
 *   query: { filters: { severity: ['High', 'Critical'] } } }] });
 * await views.save('My sign-ins', { query: state.query, columns, timeZone });
 * ```
 */
export function useSavedViews(options: UseSavedViewsOptions = {}): SavedViews {
  const { tenantId = '-', predefined } = options;
  // Without a user, the one `localStorage` key was every user's of the browser (a shared or support computer): the
  // next user, of any tenant, was shown the last one's views, opened on their default and could delete them.
  const anonymous = !options.userId;
  const userId = options.userId || '-';
  const [defaultStorage] = useState(() => localStorageViewStorage());
  const [pageStorage] = useState(() => pageViewStorage());
  // Loads and subscriptions are keyed on the owner and on which kind of storage, not on the storage object: one
  // written inline in the render is a new object each time, and keyed on it every load re-rendered, made another
  // storage and loaded again, without end. Reads and writes use the latest one given.
  const storageKind =
    options.storage === null ? 'none' : options.storage ? 'host' : anonymous ? 'page' : 'default';
  const storage =
    storageKind === 'page' ? pageStorage : storageKind === 'default' ? defaultStorage : options.storage;
  const storageRef = useRef(storage);
  const owner = `${tenantId}\u0000${userId}`;
  const [stored, setStoredState] = useState<Stored>({ owner: '', status: 'loading', views: [] });
  const [error, setError] = useState<unknown>(undefined);
  // What is shown, and what a change is checked against: successive changes before a re-render must not lose each
  // other.
  const latest = useRef(stored);
  const setStored = useCallback((next: Stored) => {
    latest.current = next;
    setStoredState(next);
  }, []);
  // Every write replaces the owner's whole list, so writes go one at a time, each built when its turn comes on what
  // the storage holds by then (`saved`), and the list shown is that with every change still waiting applied. Built
  // on the list shown, two writes in flight together could each undo the other: with views A, B and C, deleting B
  // and then A wrote [A, C] and then [C], and when the first failed the list went back to [A, B, C] while the
  // storage ended with [C]: B gone though its delete was said to have failed, A shown though deleted.
  const saved = useRef(stored);
  const waiting = useRef<readonly Change[]>([]);
  const turn = useRef<Promise<unknown>>(Promise.resolve());
  // Synced before the effects below run (effects run in order), so a load or subscription reads this render's one.
  useEffect(() => {
    storageRef.current = storage;
  });
  useEffect(() => {
    if (storageKind === 'page') warnWithoutUserId('useSavedViews (<AuditLog userId>)');
  }, [storageKind]);
  // A change that cannot apply to the list shown (its view gone after a change before it was refused) is not shown;
  // in its turn it is refused the same way.
  const show = useCallback(
    () =>
      setStored(
        waiting.current.reduce((list, change) => {
          try {
            return change(list);
          } catch {
            return list;
          }
        }, saved.current),
      ),
    [setStored],
  );

  /**
   * Reads the owner's list again, in the turn of writes: another tab, or another log on the page, may have written
   * since it was loaded. Not put over another owner's list, loaded meanwhile.
   */
  const reload = useCallback(
    async (forOwner: string) => {
      const storage = storageRef.current;
      // Without a storage the list lives only here: there is nothing to read it from.
      if (!storage) return;
      const value = await storage.load({ tenantId, userId });
      if (saved.current.owner === forOwner)
        saved.current = { owner: forOwner, status: 'ready', ...readStoredViews(value) };
    },
    [tenantId, userId],
  );

  // Changes made elsewhere are shown as they come, read in the turn of writes like a write's own reload. A failed
  // read leaves the list shown: the next change reads again, and reports a failure then.
  useEffect(() => {
    const storage = storageRef.current;
    if (!storage?.subscribe) return;
    return storage.subscribe({ tenantId, userId }, () => {
      turn.current = turn.current
        .then(() => reload(owner))
        .then(show)
        .catch(() => undefined);
    });
  }, [storageKind, owner, tenantId, userId, reload, show]);

  useEffect(() => {
    let live = true;
    const storage = storageRef.current;
    Promise.resolve()
      .then(() => storage?.load({ tenantId, userId }))
      .then((value) => {
        if (!live) return;
        saved.current = { owner, status: 'ready', ...readStoredViews(value) };
        show();
      })
      .catch((cause: unknown) => {
        if (!live) return;
        saved.current = { owner, status: 'error', views: [] };
        show();
        setError(cause);
      });
    return () => {
      live = false;
    };
  }, [storageKind, owner, tenantId, userId, show]);

  const hostViews = useMemo(() => predefinedViews(predefined ?? []), [predefined]);

  /** Shows a change at once and writes it in its turn; settles to the list written. */
  const write = useCallback(
    (change: Change) => {
      const forOwner = latest.current.owner;
      // Another owner's list by the change's turn (the tenant or user changed meanwhile): not that list's change.
      const ownerChanged = () =>
        new SavedViewError('Saved views are still loading. Try again in a moment.', { code: 'loading' });
      const own: Change = (list) => {
        if (list.owner !== forOwner) throw ownerChanged();
        return change(list);
      };
      waiting.current = [...waiting.current, own];
      show();
      const run = turn.current.then(async () => {
        try {
          // Built on what is stored now, not on what was loaded: a list built on that would drop what another tab
          // saved meanwhile (each write replaces the whole list), with no error in either tab.
          if (saved.current.owner === forOwner) await reload(forOwner);
          const next = own(saved.current);
          await storageRef.current?.save(
            { tenantId, userId },
            writeStoredViews(next.views, next.defaultViewId),
          );
          // Saved for its owner; not put over another owner's list, loaded while this one was being written.
          if (saved.current.owner === forOwner) saved.current = next;
          setError(undefined);
          return next;
        } catch (cause) {
          // The storage's failures are the hook's `error`; a change refused in its turn is only its caller's.
          if (!isSavedViewError(cause)) setError(cause);
          throw cause;
        } finally {
          waiting.current = waiting.current.filter((item) => item !== own);
          show();
        }
      });
      turn.current = run.catch(() => undefined);
      return run;
    },
    [tenantId, userId, show, reload],
  );

  return useMemo<SavedViews>(() => {
    // Every write replaces the owner's whole list, so it must build on that owner's list as loaded: while it loads,
    // after a failed load, or just after the tenant or user changed (the previous owner's views are still held),
    // a save would write a list the storage never had, dropping the owner's views or copying another user's.
    const writable = () => {
      const current = latest.current;
      if (current.owner === owner && current.status === 'ready') return current;
      if (current.owner === owner && current.status === 'error')
        throw new SavedViewError(
          'Saved views could not be loaded, so they cannot be changed now (that would overwrite them). Reload to try again.',
          { code: 'not-loaded', cause: error },
        );
      throw new SavedViewError('Saved views are still loading. Try again in a moment.', { code: 'loading' });
    };
    const own = stored.owner === owner ? stored.views : [];
    const views = [...hostViews, ...own];
    /** The owner's list, once it is known to hold the view `id` (a predefined one cannot be changed). */
    const holding = (id: string) => {
      const current = writable();
      if (!current.views.some((item) => item.id === id))
        throw new SavedViewError(`No saved view "${id}" (predefined views cannot be changed).`, {
          code: hostViews.some((view) => view.id === id) ? 'predefined-view' : 'unknown-view',
          detail: { id },
        });
      return current;
    };
    return {
      status: stored.owner === owner ? stored.status : 'loading',
      error,
      views,
      defaultView: views.find((view) => view.id === stored.defaultViewId),
      save: async (name, snapshot) => {
        const clean = cleanName(name);
        // A predefined view is never replaced: saved under its name, the user's view was a second row that read
        // the same (a rename to that name is refused too). The user's own view of the name is still replaced, even
        // where a predefined one has the name too (saved before the host added it): saving is how it is updated.
        const hasName = (item: AuditView) => sameName(item.name, clean);
        const host = hostViews.find(hasName);
        if (host && !own.some(hasName)) throw nameTaken(host.name);
        // Read back, a view keeps only what a link carries: a bigger one would come back with filters missing.
        const reason = auditQueryOverLimitReason(snapshot.query);
        if (reason)
          throw new SavedViewError(`This view cannot be saved. ${reason.message}`, {
            code: 'query-too-big',
            detail: { reason },
          });
        // Each part within its limit, the whole can still be longer than a stored view is read back with (a view
        // is dropped when read, then gone from the storage at the next write): refused now instead.
        if (viewSearch(snapshot.query).length > viewLimits.search)
          throw new SavedViewError(
            `This view cannot be saved. Together, its search and filters are longer than ${viewLimits.search} characters.`,
            { code: 'query-too-big', detail: { limit: viewLimits.search } },
          );
        // A stored view with more column names is read back with no column choice at all: refused now instead.
        const columnCount = Math.max(
          snapshot.columns?.order.length ?? 0,
          snapshot.columns?.visible.length ?? 0,
        );
        if (columnCount > viewLimits.columns)
          throw new SavedViewError(
            `This view cannot be saved. Its columns name ${columnCount} columns; a view keeps at most ${viewLimits.columns}.`,
            { code: 'columns-too-big', detail: { limit: viewLimits.columns } },
          );
        const view: Omit<AuditView, 'id'> = {
          name: clean,
          query: { ...snapshot.query, page: 0 },
          ...(snapshot.columns && { columns: snapshot.columns }),
          ...(snapshot.timeZone && { timeZone: snapshot.timeZone }),
          predefined: false,
        };
        const id = newId();
        const named = (list: Stored) => list.views.find((item) => sameName(item.name, clean));
        // Checked on the list shown, and again in the write's turn on the list saved, which may differ (a change
        // before it refused): the view of that name then is the one replaced, keeping its id.
        const change = (list: Stored): Stored => {
          const same = named(list);
          if (!same && list.views.length >= viewLimits.views) throw tooMany();
          return {
            ...list,
            views: same
              ? list.views.map((item) => (item === same ? { ...view, id: same.id } : item))
              : [...list.views, { ...view, id }],
          };
        };
        change(writable());
        return named(await write(change))!;
      },
      rename: async (id, name) => {
        const clean = cleanName(name);
        // Names are one view's each (any case): `save` replaces the view of its name, so after a rename to a name
        // in use it would overwrite whichever came first, and a predefined view's name would be a second row that
        // reads the same. The view's own name in another case is still its own.
        const free = (list: Stored) => {
          // Its own name, in this case or another, is the view's whatever else has it (a predefined view the host
          // added later): only the case changes.
          const current = list.views.find((item) => item.id === id);
          if (current && sameName(current.name, clean)) return list;
          const other = [...hostViews, ...list.views].find(
            (item) => item.id !== id && sameName(item.name, clean),
          );
          if (other) throw nameTaken(other.name);
          return list;
        };
        free(holding(id));
        // Checked again in the write's turn: another tab may have saved a view of that name meanwhile.
        await write((list) => ({
          ...list,
          views: free(present(list, id)).views.map((item) =>
            item.id === id ? { ...item, name: clean } : item,
          ),
        }));
      },
      remove: async (id) => {
        holding(id);
        await write((list) => ({
          ...list,
          views: present(list, id).views.filter((item) => item.id !== id),
          defaultViewId: list.defaultViewId === id ? undefined : list.defaultViewId,
        }));
      },
      restore: async (view, place = {}) => {
        if (view.predefined || hostViews.some((item) => item.id === view.id))
          throw new SavedViewError(
            `"${view.id}" is a predefined view (predefined views cannot be changed).`,
            {
              code: 'predefined-view',
              detail: { id: view.id },
            },
          );
        const name = cleanName(view.name);
        // Checked on the list shown, and again in the write's turn: another tab may have saved that name meanwhile.
        // Only the user's views: the view had this name beside a predefined view of the same name before it was
        // deleted (kept from before the host added it, as `save` and `rename` allow), and putting it back is no
        // new second row.
        const change = (list: Stored): Stored => {
          if (list.views.some((item) => item.id === view.id)) return list;
          const other = list.views.find((item) => sameName(item.name, name));
          if (other) throw nameTaken(other.name);
          if (list.views.length >= viewLimits.views) throw tooMany();
          const at = Math.min(Math.max(0, place.index ?? list.views.length), list.views.length);
          const views = [...list.views];
          views.splice(at, 0, { ...view, name, predefined: false });
          return {
            ...list,
            views,
            defaultViewId: place.isDefault && list.defaultViewId === undefined ? view.id : list.defaultViewId,
          };
        };
        change(writable());
        await write(change);
      },
      setDefault: async (id) => {
        if (id !== undefined && !views.some((view) => view.id === id))
          throw new SavedViewError(`No view "${id}".`, { code: 'unknown-view', detail: { id } });
        writable();
        // A host's view is not in the list saved; one of the user's must still be there in the write's turn.
        const mine = id !== undefined && !hostViews.some((view) => view.id === id) ? id : undefined;
        await write((list) => ({ ...(mine === undefined ? list : present(list, mine)), defaultViewId: id }));
      },
    };
  }, [stored, owner, hostViews, error, write]);
}
