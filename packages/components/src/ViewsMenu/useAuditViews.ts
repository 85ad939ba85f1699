import { queryToSearch, useSavedViews, type AuditView, type UseSavedViewsOptions } from '@auditkit/headless';
import { useEffect, useMemo, useRef, useState } from 'react';
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
  // Whether the log opened with a query of its own (a link's, or a controlled value), read once at mount. The
  // host's `defaultQuery` is not one: it is where the log opens when nothing asks for more, and a user's default
  // view is their own choice of that. Compared as URLs, as a link would say them: one that cleared a default
  // (`audit.range=all`) is a query of its own.
  const [openedWithQuery] = useState(() => {
    const { query, defaults } = queryState;
    return queryToSearch(query, { defaults }) !== queryToSearch(defaults, { defaults });
  });
  const defaultHandled = useRef(false);

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

  const { status, defaultView } = saved;
  useEffect(() => {
    if (defaultHandled.current || status === 'loading') return;
    defaultHandled.current = true;
    if (!openedWithQuery && defaultView) controller.apply(defaultView);
  }, [status, defaultView, openedWithQuery, controller]);

  return controller;
}

/** What `useAuditViews` returns. */
export type AuditViewsController = ReturnType<typeof useAuditViews>;
