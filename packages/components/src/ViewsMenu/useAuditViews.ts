import {
  defaultAuditQuery,
  queryToSearch,
  useSavedViews,
  type AuditView,
  type UseSavedViewsOptions,
} from '@auditkit/headless';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';

/**
 * Saved views wired to the shared view state: apply one (query, columns, time zone), save the current one, and
 * open on the default view when the page has no query of its own (a link's query always wins).
 */
export function useAuditViews(options: UseSavedViewsOptions) {
  const saved = useSavedViews(options);
  const { queryState, preferences } = useAuditState();
  const { timeZone, setTimeZone } = useAuditUi();
  // Whether the view opened with a query (from the URL or the host): read once, at mount.
  const [openedWithQuery] = useState(
    () => queryToSearch(queryState.query, { defaults: defaultAuditQuery }) !== '',
  );
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
