import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { withAuditFilter } from '../query/withAuditFilter.ts';
import type { AuditPageSize, AuditQuery, AuditSort, AuditTimeRange } from '../query/AuditQuery.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { auditQueryOverLimitReason, type AuditQueryOverLimitReason } from '../query/auditQueryLimits.ts';
import { checkAuditQuery } from '../query/checkAuditQuery.ts';
import { clampPageIndex } from '../query/clampPageIndex.ts';
import { nextAuditSort, type AuditSortColumn } from '../query/nextAuditSort.ts';
import { readOwnKeys, urlKeys } from '../url/auditUrlKeys.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { followAuditUrl, writeAuditUrl, type AuditHistoryMode } from '../url/auditUrlSync.ts';
import { claimAuditUrlPrefix } from '../url/claimAuditUrlPrefix.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { urlPrefix } from '../url/urlPrefix.ts';
import { useControllableState, type Updater } from './useControllableState.ts';
import { useHydrated } from './useHydrated.ts';
import { useOwnerSwap } from './useOwnerSwap.ts';

/** URL sync of `useAuditQueryState`. */
export interface AuditQueryUrlOptions {
  /**
   * Key prefix in the query string: 1 to 64 letters, digits, `_` or `-`, one per log on a page (a prefix with a
   * `.`, or an empty one, throws: its keys could not be told from another log's or the page's). @default 'audit'
   */
  prefix?: string | undefined;
  /**
   * The page's query string where there is no `location` to read: on the server and in the render that hydrates
   * its HTML, which must match (e.g. Next.js `searchParams` turned into a string, or the request URL's search).
   * Without it those renders show the default query, and the URL's filters appear right after hydration.
   */
  initialSearch?: string | undefined;
}

/** Options of `useAuditQueryState`. */
export interface AuditQueryStateOptions {
  /** The query, when the host owns it (controlled). */
  value?: AuditQuery | undefined;
  /** The first query when uncontrolled. @default defaultAuditQuery */
  defaultValue?: AuditQuery | undefined;
  /**
   * Called with every new query. That includes the URL's query arriving right after hydration when it differs
   * from what the server rendered (no `initialSearch`, or another one): the query on screen does change then.
   */
  onChange?: ((query: AuditQuery) => void) | undefined;
  /**
   * Keep the query in the page's URL: read at first render, `pushState` for discrete changes and one entry per
   * typing burst (its first write pushes, the next ones replace it), back/forward followed. Keys of the host
   * outside the prefix are left untouched.
   * @default false
   */
  url?: boolean | AuditQueryUrlOptions | undefined;
  /**
   * The signed-in user's tenant. Another tenant or user in place of a known one (a host that signs someone else in
   * without remounting) starts on the defaults in the render that brings them, so no request under the new token
   * carries the last user's search or filters, and the URL is rewritten (replaced) right after. One given where
   * there was none is the same visitor becoming known: a link's query stays. A controlled `value` is not reset.
   */
  tenantId?: string | undefined;
  /** The signed-in user: see `tenantId`. */
  userId?: string | undefined;
}

/** The history choices `setQuery` takes; any other value (from untyped code) pushes. */
const historyModes: readonly AuditHistoryMode[] = ['push', 'replace', 'typing'];

/** The query and its setters. Any change of search, time, filters, sort or page size returns to page 0. */
export interface AuditQueryState {
  readonly query: AuditQuery;
  /**
   * The query the log opens on when nothing asks for another, and `reset()` returns to: the host's
   * `defaultValue`, else `defaultAuditQuery`. A saved default view applies when `query` says no more than this
   * (`useAuditViews` applies it, once `settled`).
   */
  readonly defaults: AuditQuery;
  /**
   * Whether `query` says what the page asked for. `false` only while the URL waits to be read: after hydrating
   * server HTML, or under a controlled `value`, it is read right after mount. What acts on the opening query (a
   * saved default view) waits for it.
   */
  readonly settled: boolean;
  /**
   * The URL keys' prefix when the query is kept in the URL (`undefined` when it is not): give it to
   * `auditViewUrl`, so a shared link opens this log and not another one on the page.
   */
  readonly urlPrefix: string | undefined;
  /** True when a search, time range or filter narrows the events (for a "Clear filters" button). */
  readonly isFiltered: boolean;
  /**
   * Grows by one each time another user or tenant replaces a known one (`tenantId`, `userId`; an id given where
   * there was none is the same visitor becoming known), from the render that brings them. Key the parts that hold
   * input not yet applied by it (a search box within its typing pause), so the last user's text is dropped rather
   * than applied under the next user's token. Counted under a controlled `value` too. Starts at 0.
   */
  readonly ownerGeneration: number;
  /**
   * `history: 'typing'` for a change made while typing (the search box): the first such change after any other
   * adds an entry and the next ones rewrite it, so Back skips each pause in typing yet returns to where the
   * typing started. `history: 'replace'` for a change that is no step of the user's (the view the page opens on, a
   * page past the last corrected): it rewrites the current entry and adds none. `'push'` (the default) adds one.
   * Like a controlled `value`, the query is made well-formed (a part of the wrong shape is mended, with a console
   * warning) but not held to the limits: check one built from user input with `auditQueryOverLimitReason` first,
   * as the setters below do.
   */
  setQuery(updater: Updater<AuditQuery>, options?: { history?: AuditHistoryMode | undefined }): void;
  /**
   * Typing: one history entry per typing burst, not one per keystroke (as `history: 'typing'`). Like
   * `setFilter`, refuses text that would take the query over `auditQueryLimits` and returns why.
   */
  setSearch(search: string): AuditQueryOverLimitReason | undefined;
  setTime(time: AuditTimeRange): void;
  /**
   * Values of one column's filter; an empty list removes it. A change that would take the query over
   * `auditQueryLimits` (a link, a reload and a saved view would come back without it) is refused: the query stays
   * as it was and the reason is returned, to show the user (`undefined` when the change was made).
   */
  setFilter(column: string, values: readonly string[]): AuditQueryOverLimitReason | undefined;
  /** All filters at once; refused like `setFilter`, returning why. */
  setFilters(filters: Readonly<Record<string, readonly string[]>>): AuditQueryOverLimitReason | undefined;
  setSort(sort: AuditSort): void;
  /**
   * Sorts by a column by the one sort rule ({@link nextAuditSort}): the sorted column flips; another starts newest
   * first for a `Timestamp` column, A to Z otherwise. Pass the column's metadata so its type is known.
   */
  toggleSort(column: AuditSortColumn | string): void;
  setPage(page: number): void;
  setPageSize(pageSize: AuditPageSize): void;
  /** Drops search, time range and every filter; keeps the sort and page size (a "Clear all" button). */
  clearFilters(): void;
  /** Back to the default query (search, filters, time, sort and page). */
  reset(): void;
}

/** The URL options as given, `undefined` when the URL is not used. */
export const urlOptionsOf = (
  url: boolean | AuditQueryUrlOptions | undefined,
): AuditQueryUrlOptions | undefined => (url === true ? {} : url || undefined);

const readUrl = (prefix: string, defaults: AuditQuery) =>
  typeof location === 'undefined' ? defaults : queryFromSearch(location.search, { prefix, defaults });

/** Queries already warned about: once per problem and page, not on every render. */
const warned = new Set<string>();

/** `checkAuditQuery`'s query, with what it mended told to the developer once. */
function checked(query: unknown, fallback: AuditQuery): AuditQuery {
  const { query: wellFormed, problems } = checkAuditQuery(query, fallback);
  for (const problem of problems) {
    if (warned.has(problem) || warned.size >= 64) continue;
    warned.add(problem);
    console.warn(`[auditkit] useAuditQueryState (<AuditLog query | defaultQuery>): ${problem}.`);
  }
  return wellFormed;
}

/**
 * The state of the audit view as one value, controlled or uncontrolled, optionally kept in the URL.
 *
 * @example
 * ```tsx
 * const state = useAuditQueryState({ url: { prefix: 'audit' } });
 * const { data } = useAuditEvents(state.query);
 * <input value={state.query.search} onChange={(event) => state.setSearch(event.target.value)} />
 * ```
 */
export function useAuditQueryState(options: AuditQueryStateOptions = {}): AuditQueryState {
  const { value, onChange, url = false, tenantId, userId } = options;
  // Read once, like any defaultValue: an inline object must not make a new state object on every render.
  const [defaults] = useState(() => checked(options.defaultValue ?? defaultAuditQuery, defaultAuditQuery));
  const urlOptions = urlOptionsOf(url);
  const prefix = urlPrefix(urlOptions?.prefix, 'useAuditQueryState');
  const syncedPrefix = urlOptions && prefix;
  // The effects below run on whether the URL is synced, not on the options' object: a host's inline
  // `url={{ prefix }}` is a new object every render, and each run wrote the entry again and subscribed afresh.
  const urlOn = Boolean(url);
  // The pathnames this log has been shown at, kept across its subscriptions (see followAuditUrl).
  const [pathnames] = useState(() => new Set<string>());
  // A render that must match server HTML cannot read `location`: it starts from the host's `initialSearch` (or the
  // defaults) and the URL is read right after hydration.
  const hydrated = useHydrated();
  const initialSearch = urlOptions?.initialSearch;
  const [given, setGiven] = useControllableState(
    value,
    () =>
      !url
        ? defaults
        : hydrated
          ? readUrl(prefix, defaults)
          : queryFromSearch(initialSearch ?? '', { prefix, defaults }),
    onChange,
  );
  // The next owner's first renders read the defaults while the state still holds the last owner's query, until
  // the effect below (or any change, made from the defaults) sets it.
  const {
    swapped,
    generation: ownerGeneration,
    pending: swapPending,
    take: takeSwap,
  } = useOwnerSwap({ tenantId, userId }, value === undefined);
  // What every part reads: the host's query made well-formed (the same object when it was), and every change
  // made from it so, whatever an updater from untyped code returns.
  const query = useMemo(() => (swapped ? defaults : checked(given, defaults)), [swapped, given, defaults]);
  const setQueryRaw = useCallback(
    (updater: Updater<AuditQuery>) => {
      const afresh = takeSwap();
      setGiven((previous) => {
        const base = afresh ? defaults : previous;
        const mended = checked(base, defaults);
        const next = typeof updater === 'function' ? updater(mended) : updater;
        // A change refused (over the limits) hands back the query it was given: the host's own object again, so
        // no change is reported (a mended copy is a new object, which a controlled host heard as a change).
        return next === mended ? base : checked(next, defaults);
      });
    },
    [setGiven, defaults, takeSwap],
  );

  // How the next URL write should touch history; `undefined` after a back/forward (the URL is already right).
  const nextMode = useRef<AuditHistoryMode | undefined>('replace');

  const set = useCallback(
    (updater: Updater<AuditQuery>, mode: AuditHistoryMode = 'push') => {
      nextMode.current = mode;
      setQueryRaw(updater);
    },
    [setQueryRaw],
  );

  // The URL is read once after mount when the first render could not (hydration) or the host owns the query
  // (controlled). Until then nothing is written: the server's query must not overwrite the link's.
  const readAfterMount = Boolean(url) && (value !== undefined || !hydrated);
  const urlPending = useRef(readAfterMount);
  const [settled, setSettled] = useState(!readAfterMount);
  useEffect(() => {
    if (!urlPending.current || !hydrated) return;
    urlPending.current = false;
    setSettled(true);
    const fromUrl = readUrl(prefix, defaults);
    if (queryToSearch(fromUrl, { prefix }) !== queryToSearch(query, { prefix })) setQueryRaw(fromUrl);
    // The landing entry as a client-only mount's first write leaves it: its keys in order and marked as the
    // log's, so back/forward to it is read (an unmarked entry is the host's and ignored). The write effect below
    // must then not put the previous query back, in this commit or when the query read here arrives.
    writeAuditUrl(prefix, 'query', (base) => queryToSearch(fromUrl, { prefix, base, defaults }), 'replace');
    nextMode.current = undefined;
  }, [prefix, query, setQueryRaw, defaults, hydrated]);

  // The URL's one owner folds this write with the columns' of the same commit into one history entry.
  useEffect(() => {
    if (!urlOn || urlPending.current) return;
    // The next owner's defaults replace the last owner's query in the entry it is in.
    const mode = swapPending() ? 'replace' : nextMode.current;
    nextMode.current = 'replace';
    if (!mode) return;
    writeAuditUrl(prefix, 'query', (base) => queryToSearch(query, { prefix, base, defaults }), mode);
  }, [query, urlOn, prefix, defaults, swapPending]);

  // Children's effects ran first: a change one made (the next owner's default view) is kept.
  useEffect(() => {
    if (swapped && swapPending()) set(defaults, 'replace');
  }, [swapped, swapPending, set, defaults]);

  // A second log under this prefix would overwrite these keys: the developer is told which option separates them.
  useEffect(
    () => (urlOn ? claimAuditUrlPrefix(prefix, 'query', 'useAuditQueryState') : undefined),
    [urlOn, prefix],
  );

  useEffect(() => {
    if (!urlOn) return;
    return followAuditUrl(
      prefix,
      ({ marked }) => {
        // An entry auditkit did not write (a router rewrote its state, or the host pushed it) that carries only the
        // column list says nothing of the query: its missing keys were never written there, so they are no defaults.
        if (
          !marked &&
          ![...readOwnKeys(location.search, prefix).keys()].some((key) => key !== urlKeys.columns)
        )
          return;
        nextMode.current = undefined;
        setQueryRaw(readUrl(prefix, defaults));
      },
      pathnames,
    );
  }, [urlOn, prefix, setQueryRaw, defaults, pathnames]);

  return useMemo<AuditQueryState>(() => {
    const firstPage = (patch: Partial<AuditQuery>) => (previous: AuditQuery) => ({
      ...previous,
      ...patch,
      page: 0,
    });
    // The URL reader drops what is over auditQueryLimits, as it must for a hostile link; so the setters of what a
    // user enters refuse a change that would take the query over them, with the reason (as a saved view refuses
    // to save), rather than the URL writing what a reload, Back or a shared link would come back without. Not the
    // reader reporting its drops: by then the filter is lost. A query already over them (a host's `value`) is not
    // held against a change. `set` runs the updater at once (useControllableState), on the latest query.
    const guarded = (change: (previous: AuditQuery) => AuditQuery, mode?: AuditHistoryMode) => {
      let reason: AuditQueryOverLimitReason | undefined;
      set((previous) => {
        const next = change(previous);
        reason = auditQueryOverLimitReason(previous) ? undefined : auditQueryOverLimitReason(next);
        return reason ? previous : next;
      }, mode);
      return reason;
    };
    return {
      query,
      defaults,
      settled,
      urlPrefix: syncedPrefix,
      ownerGeneration,
      isFiltered:
        query.search.trim() !== '' ||
        query.time !== null ||
        Object.values(query.filters).some((values) => values.length > 0),
      setQuery: (updater, options) => {
        const history = options?.history;
        set(updater, history !== undefined && historyModes.includes(history) ? history : 'push');
      },
      setSearch: (search) => guarded(firstPage({ search }), 'typing'),
      setTime: (time) => set(firstPage({ time })),
      setFilter: (column, values) => guarded((previous) => withAuditFilter(previous, column, values)),
      setFilters: (filters) => guarded(firstPage({ filters })),
      setSort: (sort) => set(firstPage({ sort })),
      toggleSort: (column) =>
        set((previous) => ({ ...previous, page: 0, sort: nextAuditSort(previous.sort, column) })),
      // NaN (a page read from an empty field) is the first page and Infinity the last a request can carry, which
      // the list moves back to its real last page: either kept as it was, the request's offset was no number.
      setPage: (page) => set((previous) => ({ ...previous, page: clampPageIndex(page) })),
      setPageSize: (pageSize) => set(firstPage({ pageSize })),
      clearFilters: () => set(firstPage({ search: '', time: null, filters: {} })),
      reset: () => set(defaults),
    };
  }, [query, set, defaults, settled, syncedPrefix, ownerGeneration]);
}
