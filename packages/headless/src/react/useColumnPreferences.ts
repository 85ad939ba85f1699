import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditColumn } from '../client/auditTypes.ts';
import { followAuditUrl, writeAuditUrl, type AuditHistoryMode as HistoryMode } from '../url/auditUrlSync.ts';
import { claimAuditUrlPrefix } from '../url/claimAuditUrlPrefix.ts';
import {
  columnsFromSearch,
  columnsOverLimitReason,
  columnsToSearch,
  type ColumnsOverLimitReason,
} from '../url/columnsSearch.ts';
import { urlPrefix } from '../url/urlPrefix.ts';
import { compactColumnChoice } from '../views/compactColumnChoice.ts';
import { urlOptionsOf, type AuditQueryUrlOptions } from './useAuditQueryState.ts';
import { columnChoiceToSave } from './columnChoiceToSave.ts';
import {
  columnPreferencesKey,
  columnPreferencesStorage,
  readStored,
  watchStored,
  writeStored,
} from './columnPreferencesStorage.ts';
import { keepUnknownColumns } from './keepUnknownColumns.ts';
import { mergeColumnPreferences } from './mergeColumnPreferences.ts';
import type { ColumnPreferences } from '../query/ColumnPreferences.ts';
import { useHydrated } from './useHydrated.ts';

export type { ColumnPreferences } from '../query/ColumnPreferences.ts';

/** Options of `useColumnPreferences`. */
export interface UseColumnPreferencesOptions {
  /** The columns that exist now (from `useAuditColumns`). */
  columns: readonly AuditColumn[];
  /** The host's localStorage key; tenant and user are appended, so preferences never leak between them. */
  storageKey: string;
  tenantId?: string | undefined;
  /**
   * The signed-in user. Without it nothing is read from or written to `storage`: the choice is kept while the page
   * is open, as one stored choice would be every user's and tenant's on the browser.
   */
  userId?: string | undefined;
  /**
   * Storage to use, keyed by `storageKey`, tenant and user. @default globalThis.localStorage with a `userId`, the
   * page's memory without one (nothing is persisted where localStorage is missing)
   */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null | undefined;
  /**
   * Keep the visible columns and their order in the page's URL, next to `useAuditQueryState`'s keys (pass the same
   * value): `audit.cols=createdAt,email,-ip`. A URL with the key wins over storage (a shared link shows the
   * sender's columns) while it is in the URL, but is not saved: storage keeps the user's own changes only. A change
   * adds a history entry, as the query's discrete changes do, and back/forward restores the columns (shown, not
   * saved). The key is left out while the columns are the vendor's defaults, and names only what differs from them.
   * A change the link could not carry (`columnsOverLimitReason`) is refused.
   * @default false
   */
  url?: boolean | AuditQueryUrlOptions | undefined;
}

/** Visible columns and order, with setters that persist. */
export interface ColumnPreferencesState {
  /** Visible columns, in display order. */
  readonly visibleColumns: readonly AuditColumn[];
  /**
   * What the storage threw at the last change (a full storage's `QuotaExceededError`), for the UI to say the
   * choice was not saved: it holds on this page only. `undefined` while changes are saved.
   */
  readonly saveError: unknown;
  /** Every column, in display order, with its visibility (for a column picker). */
  readonly columns: readonly (AuditColumn & { visible: boolean })[];
  /**
   * The choice as a saved view keeps it (`useAuditViews` saves this): every column in display order, or, among
   * more columns than a view names (`limits.columnList`), only what differs from the vendor's defaults.
   */
  readonly choice: ColumnPreferences;
  isVisible(name: string): boolean;
  /**
   * Shows or hides a column. With the URL, a change whose link would name more columns than a link carries is
   * refused, and why is returned (as `useAuditQueryState`'s setters do), so a UI can say it: the link would be
   * read as no choice, and the change lost on the next reload.
   */
  setVisible(name: string, visible: boolean): ColumnsOverLimitReason | undefined;
  toggle(name: string): ColumnsOverLimitReason | undefined;
  /** Moves a column to a position among all columns (refused as `setVisible` says). */
  move(name: string, toIndex: number): ColumnsOverLimitReason | undefined;
  /** Back to the vendor's defaults (`showInTable`, metadata order); clears the stored value. */
  reset(): void;
  /**
   * Replaces the whole choice at once (applying a saved view); `undefined` is `reset()`. A column it names that
   * `columns` does not have yet (the metadata still loading, or failed) is kept, and shown in its place once it
   * exists; the columns it does not name follow their defaults. With the URL, the change
   * adds a history entry; `history: 'replace'` writes it into the current one instead (the view the page opens on,
   * as `setQuery`'s). Refused as `setVisible` says.
   */
  set(
    preferences: ColumnPreferences | undefined,
    options?: { history?: 'push' | 'replace' | undefined },
  ): ColumnsOverLimitReason | undefined;
}

const readUrl = (prefix: string) =>
  typeof location === 'undefined' ? undefined : columnsFromSearch(location.search, { prefix });

/**
 * Which columns a user sees and in what order, persisted in localStorage per host key, tenant and user (without a
 * `userId`, kept while the page is open), and optionally kept in the URL so a shared link shows the sender's columns.
 * Tolerates corrupt storage, hostile URLs and columns that appeared or disappeared since the choice was saved.
 *
 * @example
 * ```ts
 * const { data: columns = defaultAuditColumns } = useAuditColumns();
 * const prefs = useColumnPreferences({ columns, storageKey: 'acme.audit', tenantId, userId, url: true });
 * prefs.visibleColumns.map((column) => column.displayName);
 * ```
 */
export function useColumnPreferences(options: UseColumnPreferencesOptions): ColumnPreferencesState {
  const { columns, url = false } = options;
  const storage = columnPreferencesStorage(options);
  const key = columnPreferencesKey(options);
  const urlOptions = urlOptionsOf(url);
  const prefix = urlOptions && urlPrefix(urlOptions.prefix, 'useColumnPreferences');
  // A render that must match server HTML reads neither the URL nor storage: it starts from the host's
  // `initialSearch` (or the defaults), and the browser's choice is read right after hydration.
  const hydrated = useHydrated();
  const initialSearch = urlOptions?.initialSearch;
  const readBrowser = () => {
    const fromUrl = prefix === undefined ? undefined : readUrl(prefix);
    return { key, value: fromUrl ?? readStored(storage, key), fromUrl: fromUrl !== undefined };
  };
  const [stored, setStored] = useState(() =>
    hydrated
      ? readBrowser()
      : {
          key,
          value:
            prefix === undefined || initialSearch === undefined
              ? undefined
              : columnsFromSearch(initialSearch, { prefix }),
          fromUrl: false,
        },
  );
  const browserPending = useRef(!hydrated);
  // What the storage threw at this log's last save: the picker says the change holds on this page only.
  const [failure, setFailure] = useState<{ error: unknown } | undefined>(undefined);
  // A new tenant or user reads its own preferences (state adjusted during render, as React recommends).
  let current = stored.value;
  if (stored.key !== key) {
    current = readStored(storage, key);
    setStored({ key, value: current, fromUrl: false });
    setFailure(undefined);
  }

  // How the next URL write touches history; `undefined` after a back/forward (the URL is already right).
  const nextMode = useRef<HistoryMode | undefined>('replace');
  // The pathnames this log has been shown at, kept across its subscriptions (see followAuditUrl).
  const [pathnames] = useState(() => new Set<string>());

  // Another log of this user on the page, or another tab (same storage and key), saved a choice: it is this one's too,
  // as it is after a reload, shown at once (its link's entry replaced, not added), so neither writes over the other's.
  // Not over a link's columns while they are shown: those stay until the user leaves the link or changes them.
  const ownWatcher = useRef<(value: ColumnPreferences | undefined) => void>(undefined);
  const showingLink = stored.fromUrl;
  useEffect(() => {
    if (showingLink) return;
    const follow = (value: ColumnPreferences | undefined) => {
      nextMode.current = 'replace';
      setStored({ key, value, fromUrl: false });
    };
    ownWatcher.current = follow;
    return watchStored(storage, key, follow);
  }, [storage, key, showingLink]);

  useEffect(() => {
    if (!browserPending.current || !hydrated) return;
    browserPending.current = false;
    // Written into the entry, as on a client-only mount: stored columns, or the link's in order, marked as the
    // log's. Unmarked, back/forward to the entry is ignored; without the key, it reads as the defaults and erases
    // the stored choice.
    nextMode.current = 'replace';
    setStored(readBrowser());
    // Once, after hydration; `readBrowser` reads the key and storage of that render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);
  useEffect(() => {
    // Until the browser's choice is read, writing would replace a shared link's columns with the defaults.
    if (browserPending.current) return;
    const mode = nextMode.current;
    nextMode.current = 'replace';
    if (prefix === undefined || !mode) return;
    const value = stored.value;
    writeAuditUrl(prefix, 'columns', (base) => columnsToSearch(value, { prefix, columns, base }), mode);
    // On `stored`, not its value: a reset that changes nothing must still consume the pending mode.
  }, [stored, columns, prefix]);

  // A second log's columns under this prefix would overwrite this key: the developer is told.
  useEffect(
    () => (prefix === undefined ? undefined : claimAuditUrlPrefix(prefix, 'columns', 'useColumnPreferences')),
    [prefix],
  );

  useEffect(() => {
    if (prefix === undefined) return;
    // In an entry auditkit wrote, no key means the defaults (every other choice is written into the URL). An
    // unmarked entry (its state rewritten by a router, or the host's link) may never have had the key: there only
    // a column list it carries is followed, else the stored choice would be erased.
    return followAuditUrl(
      prefix,
      ({ marked }) => {
        const value = readUrl(prefix);
        if (!marked && value === undefined) return;
        nextMode.current = undefined;
        // Shown, not saved: only the user's own changes are (a link was someone else's, or long out of date).
        setStored({ key, value, fromUrl: true });
      },
      pathnames,
    );
  }, [prefix, key, pathnames]);

  const merged = useMemo(() => mergeColumnPreferences(columns, current), [columns, current]);

  const save = useCallback(
    (next: ColumnPreferences | undefined, mode: HistoryMode = 'push'): ColumnsOverLimitReason | undefined => {
      // Kept in a link that could not carry it, the choice was read back as none on the next reload or Back.
      const reason = next && prefix !== undefined ? columnsOverLimitReason(next, { columns }) : undefined;
      if (reason) return reason;
      nextMode.current = mode;
      setStored({ key, value: next, fromUrl: false });
      setFailure(writeStored(storage, key, next, ownWatcher.current));
      return undefined;
    },
    [key, storage, prefix, columns],
  );

  // What one change applies to: the stored choice as it is now, so another tab's change its `storage` event has not
  // told yet is kept, not written over with this tab's copy. Unless what is shown is not the stored choice: a link's
  // columns, or a change the storage refused.
  const shownIsStored = !stored.fromUrl && !failure && storage != null;
  const latest = useCallback(() => {
    // The stored choice's own names, never a link's (a stale or crafted `audit.cols` of hundreds of names would be
    // saved, and written into every later URL, by the first change made on it).
    const basis = shownIsStored || stored.fromUrl ? readStored(storage, key) : current;
    return { basis, shown: shownIsStored ? mergeColumnPreferences(columns, basis) : merged };
  }, [shownIsStored, columns, storage, key, merged, current, stored.fromUrl]);

  return useMemo<ColumnPreferencesState>(() => {
    const byName = new Map(columns.map((column) => [column.name, column]));
    const visible = new Set(merged.visible);
    const ordered = merged.order.flatMap((name) => byName.get(name) ?? []);
    const setVisible = (name: string, on: boolean) => {
      const {
        basis,
        shown: { order, visible: latestVisible },
      } = latest();
      const nextVisible = new Set(latestVisible);
      // The last visible column stays: a table without columns cannot be fixed from inside itself.
      if (!byName.has(name) || nextVisible.has(name) === on || (!on && nextVisible.size <= 1))
        return undefined;
      if (on) nextVisible.add(name);
      else nextVisible.delete(name);
      return save(
        keepUnknownColumns({ order, visible: order.filter((item) => nextVisible.has(item)) }, basis, columns),
      );
    };
    return {
      saveError: failure?.error,
      visibleColumns: ordered.filter((column) => visible.has(column.name)),
      columns: ordered.map((column) => ({ ...column, visible: visible.has(column.name) })),
      choice: compactColumnChoice(columns, merged),
      isVisible: (name) => visible.has(name),
      setVisible,
      toggle: (name) => setVisible(name, !visible.has(name)),
      move: (name, toIndex) => {
        const {
          basis,
          shown: { order: all, visible: latestVisible },
        } = latest();
        if (!all.includes(name)) return undefined;
        const order = all.filter((item) => item !== name);
        order.splice(Math.max(0, Math.min(order.length, Math.floor(toIndex))), 0, name);
        const shown = new Set(latestVisible);
        return save(
          keepUnknownColumns({ order, visible: order.filter((item) => shown.has(item)) }, basis, columns),
        );
      },
      reset: () => {
        save(undefined);
      },
      set: (preferences, options) =>
        save(
          preferences && columnChoiceToSave(columns, preferences),
          options?.history === 'replace' ? 'replace' : 'push',
        ),
    };
  }, [columns, merged, save, latest, failure]);
}
