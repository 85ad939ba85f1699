import { useCallback, useSyncExternalStore } from 'react';

/** The demo's pages, by path. The audit log keeps its own view in the query string of its path. */
export type Page = 'overview' | 'general' | 'members' | 'audit-log';
/** What the address shows: one of the pages, or `not-found` for a path that is none of them. */
export type Route = Page | 'not-found';

export const routePaths: Record<Page, string> = {
  overview: '/',
  general: '/settings/general',
  members: '/settings/members',
  'audit-log': '/settings/audit-log',
};

function routeOf(pathname: string): Route {
  // `/settings/audit-log/` is the same page: a hand-typed or shared address often ends in a slash.
  const path = pathname.replace(/\/+$/, '') || '/';
  const found = (Object.keys(routePaths) as Page[]).find((page) => routePaths[page] === path);
  return found ?? 'not-found';
}

/** In-page navigations so far: a page keyed on it starts afresh even when the link leads to the page shown. */
let visits = 0;
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * A history-API router small enough for four pages: the current route, a `navigate` that pushes a new entry, and
 * the count of such navigations. Navigating drops the query string, so each page starts from its own defaults;
 * the page shown keeps its state and never hears a bare push, so the host keys the page on `visit` to remount it.
 */
export function useRoute(): readonly [Route, (page: Page) => void, number] {
  const route = useSyncExternalStore(subscribe, () => routeOf(window.location.pathname));
  const visit = useSyncExternalStore(subscribe, () => visits);
  const navigate = useCallback((next: Page) => {
    if (routeOf(window.location.pathname) === next && window.location.search === '') return;
    window.history.pushState(null, '', routePaths[next]);
    visits += 1;
    listeners.forEach((listener) => listener());
  }, []);
  return [route, navigate, visit] as const;
}
