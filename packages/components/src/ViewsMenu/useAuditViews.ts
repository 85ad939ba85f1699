import {
  queryToSearch,
  useSavedViews,
  type AuditQuery,
  type AuditView,
  type UseSavedViewsOptions,
} from '@auditkit/headless';
import { useEffect, useMemo, useRef } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';

/**
 * Saved views wired to the shared view state: apply one (query, columns, time zone), save the current one, and
 * open on the default view when the page has no query of its own (a link's query always wins; the host's
 * `defaultQuery` gives way to it).
 */
export function useAuditViews(options: UseSavedViewsOptions) {
  const saved = useSavedViews(options);
  const { queryState, preferences } = useAuditState();
  const { timeZone, setTimeZone } = useAuditUi();
  // The owner whose default view has been decided: a host that signs another user in without a reload re-renders
  // the log with their ids, and their default is theirs to decide again (with the same rule, below).
  const decidedFor = useRef<string | undefined>(undefined);
  const owner = JSON.stringify([options.tenantId ?? null, options.userId ?? null]);

  const controller = useMemo(() => {
    const apply = (view: AuditView) => {
      queryState.setQuery({ ...view.query, page: 0 });
      if (view.columns) preferences.set(view.columns);
      if (view.timeZone) setTimeZone(view.timeZone);
    };
    const snapshot = () => ({
      query: queryState.query,
      columns: {
        order: preferences.columns.map((column) => column.name),
        visible: preferences.visibleColumns.map((column) => column.name),
      },
      timeZone,
    });
    return { ...saved, apply, snapshot };
  }, [saved, queryState, preferences, timeZone, setTimeZone]);

  // The default view is decided once, when the views have loaded and the query says what the page asked for (a
  // link is read after hydrating server HTML): it applies when the query still says no more than the defaults.
  // The host's `defaultQuery` is not a query of its own: it is where the log opens when nothing asks for more,
  // and the user's default view is their own choice of that. A link's query, one that cleared a default
  // (`audit.range=all`) included, or a change the user made while the views loaded, is kept.
  const { status, defaultView } = saved;
  const { settled } = queryState;
  useEffect(() => {
    if (decidedFor.current === owner || status === 'loading' || !settled) return;
    decidedFor.current = owner;
    const { query, defaults } = queryState;
    if (defaultView && sameQuery(query, defaults)) controller.apply(defaultView);
  }, [owner, status, defaultView, settled, queryState, controller]);

  return controller;
}

/** What `useAuditViews` returns. */
export type AuditViewsController = ReturnType<typeof useAuditViews>;

/**
 * Whether two queries ask the same, compared as the URL would say them against the second (so a cleared default
 * differs), with filters in one order: which column was set last does not make a query of its own.
 */
function sameQuery(query: AuditQuery, defaults: AuditQuery): boolean {
  const ordered = (from: AuditQuery): AuditQuery => ({
    ...from,
    filters: Object.fromEntries(
      Object.entries(from.filters)
        .map(([name, values]): [string, string[]] => [name, [...values].sort()])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  });
  const base = ordered(defaults);
  return queryToSearch(ordered(query), { defaults: base }) === queryToSearch(base, { defaults: base });
}
