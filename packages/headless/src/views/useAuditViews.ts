import { useEffect, useMemo, useRef } from 'react';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { sameAuditFilters } from '../query/sameAuditFilters.ts';
import type { AuditQueryState } from '../react/useAuditQueryState.ts';
import type { ColumnPreferencesState } from '../react/useColumnPreferences.ts';
import { readOwnKeys, urlKeys, viewLinkValue } from '../url/auditUrlKeys.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import type { AuditView } from './auditViews.types.ts';
import {
  useSavedViews,
  type AuditViewSnapshot,
  type SavedViews,
  type UseSavedViewsOptions,
} from './useSavedViews.ts';

/** Options of `useAuditViews`: those of `useSavedViews`, and the view state a view is applied to and saved from. */
export interface UseAuditViewsOptions extends UseSavedViewsOptions {
  /** The query a view applies to and is saved from; its default view is applied to it (see `useAuditViews`). */
  state: AuditQueryState;
  /**
   * The columns a view applies to and is saved from; without them a view's columns are neither applied nor saved.
   * A view saves their `choice` (only what differs from the defaults among many columns); an object without it
   * saves every column of `columns`.
   */
  preferences?:
    | (Pick<ColumnPreferencesState, 'columns' | 'visibleColumns' | 'set'> &
        Partial<Pick<ColumnPreferencesState, 'choice'>>)
    | undefined;
  /** The time zone saved with a view; without it a view saves none. */
  timeZone?: string | undefined;
  /** Shows events in a view's time zone; without it a view's time zone is not applied. */
  setTimeZone?: ((zone: string) => void) | undefined;
}

/** What `useAuditViews` returns: the saved views, and applying one or taking a snapshot of what is shown. */
export interface AuditViews extends SavedViews {
  /** Applies a view: its query (on page 0), its columns and its time zone, each where the view has one. */
  apply(view: AuditView): void;
  /** What is shown now, to give `save`: the query, the columns (with `preferences`) and the time zone. */
  snapshot(): AuditViewSnapshot;
}

/**
 * Saved views wired to the view state: apply one (query, columns, time zone), take a snapshot of the current one
 * to save, and open on the user's default view when the page has no query of its own. A custom UI needs nothing
 * else for saved views; `<ViewsMenu>` is built on it.
 *
 * The default view is decided once per tenant and user, when their views have loaded and `state.settled` says the
 * query is what the page asked for (a link is read after hydrating server HTML): it applies when `state.query`
 * says no more than `state.defaults` and the URL is no view's link (`auditViewUrl` marks its links with
 * `audit.view`). The host's `defaultValue` is where the log opens when nothing asks for more, and the user's
 * default view is their own choice of that. A link's query (one that cleared a default, such as `audit.range=all`,
 * included), a view's link even when its query is the defaults ("All events"), or a change the user made while the
 * views loaded, is kept; a later change is never undone. Text typed in a search box and still waiting for its pause
 * when the views arrive is no change of the query yet: the default view applies, and the box
 * (`useAuditSearchBox`) keeps that text after the view's terms and applies it on top, so it is not lost either.
 * Another user signed in without a reload (new `tenantId` or `userId`) has theirs decided the same way.
 *
 * @example
 * ```tsx
 * const state = useAuditQueryState({ url: true });
 * const views = useAuditViews({ state, preferences, tenantId, userId, timeZone, setTimeZone });
 * views.views.map((view) => <button onClick={() => views.apply(view)}>{view.name}</button>);
 * await views.save('My sign-ins', views.snapshot());
 * ```
 */
export function useAuditViews(options: UseAuditViewsOptions): AuditViews {
  const { state, preferences, timeZone, setTimeZone, tenantId, userId } = options;
  const saved = useSavedViews(options);
  // The owner whose default view has been decided: a host that signs another user in without a reload re-renders
  // the log with their ids, and their default is theirs to decide again (with the same rule, below).
  const decidedFor = useRef<string | undefined>(undefined);
  const owner = JSON.stringify([tenantId ?? null, userId ?? null]);

  const { views, open } = useMemo(() => {
    const applyView = (view: AuditView, history: 'push' | 'replace') => {
      state.setQuery({ ...view.query, page: 0 }, { history });
      if (view.columns && preferences) preferences.set(view.columns, { history });
      if (view.timeZone && setTimeZone) setTimeZone(view.timeZone);
    };
    const apply = (view: AuditView) => applyView(view, 'push');
    const snapshot = (): AuditViewSnapshot => ({
      query: state.query,
      // Every known column in order was more names than a stored view keeps with a vendor's many custom columns,
      // and the view came back with no column choice: the choice saves what it must, compact beyond the bound.
      ...(preferences && {
        columns: preferences.choice ?? {
          order: preferences.columns.map((column) => column.name),
          visible: preferences.visibleColumns.map((column) => column.name),
        },
      }),
      ...(timeZone !== undefined && { timeZone }),
    });
    // The view the page opens on is where it opens, no step of the user's: written into the page's own entry,
    // so the first Back leaves the page (pushed, it stayed on the page showing every event).
    const open = (view: AuditView) => applyView(view, 'replace');
    return { views: { ...saved, apply, snapshot }, open };
  }, [saved, state, preferences, timeZone, setTimeZone]);

  // Decided once per owner, when the views have loaded and the query says what the page asked for.
  const { status, defaultView } = saved;
  const { settled } = state;
  useEffect(() => {
    if (decidedFor.current === owner || status === 'loading' || !settled) return;
    decidedFor.current = owner;
    const { query, defaults, urlPrefix } = state;
    if (defaultView && sameQuery(query, defaults) && !isViewLink(urlPrefix)) open(defaultView);
  }, [owner, status, defaultView, settled, state, open]);

  return views;
}

/**
 * Whether the page's URL is a view's link under the log's prefix: `auditViewUrl` marks every link (`audit.view`),
 * and the query codec keeps the mark through its writes, so it is still there once the views have loaded. A link
 * to a view whose query is the defaults ("All events", or a predefined view equal to the host's `defaultQuery`)
 * writes no query key, so the query alone could not tell it from a bare landing: the reader got their own default
 * view (High and Critical only) and took it for the view shared, and its columns replaced the link's. Not the
 * column list: `useColumnPreferences` writes the user's stored columns into a bare landing before the views load,
 * so a list there may be no link's. A link without the mark (written before it) opens as it did.
 */
function isViewLink(prefix: string | undefined): boolean {
  return (
    prefix !== undefined &&
    typeof location !== 'undefined' &&
    readOwnKeys(location.search, prefix).get(urlKeys.view) === viewLinkValue
  );
}

/**
 * Whether a query asks what the defaults do: its filters by the one rule of the same filters (`sameAuditFilters`:
 * which column was set last, or which value ticked last, makes no query of its own), the rest compared as the URL
 * would say it against the defaults (a cleared default time range differs).
 */
function sameQuery(query: AuditQuery, defaults: AuditQuery): boolean {
  const base: AuditQuery = { ...defaults, filters: {} };
  return (
    sameAuditFilters(query.filters, defaults.filters) &&
    queryToSearch({ ...query, filters: {} }, { defaults: base }) === queryToSearch(base, { defaults: base })
  );
}
