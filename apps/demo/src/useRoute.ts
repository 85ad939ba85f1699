import { useCallback, useSyncExternalStore } from 'react';

/** The demo's pages, by path. The audit log keeps its own view in the query string of its path. */
export type Route = 'overview' | 'general' | 'members' | 'audit-log';

export const routePaths: Record<Route, string> = {
  overview: '/',
  general: '/settings/general',
  members: '/settings/members',
  'audit-log': '/settings/audit-log',
};

function routeOf(pathname: string): Route {
  const found = (Object.keys(routePaths) as Route[]).find((route) => routePaths[route] === pathname);
  return found ?? 'overview';
}

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
 * A history-API router small enough for four pages: the current route and a `navigate` that pushes a new entry.
 * Navigating drops the query string, so each page starts from its own defaults.
 */
export function useRoute(): readonly [Route, (route: Route) => void] {
  const route = useSyncExternalStore(subscribe, () => routeOf(window.location.pathname));
  const navigate = useCallback((next: Route) => {
    if (routeOf(window.location.pathname) === next && window.location.search === '') return;
    window.history.pushState(null, '', routePaths[next]);
    listeners.forEach((listener) => listener());
  }, []);
  return [route, navigate] as const;
}
