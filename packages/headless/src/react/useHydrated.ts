import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * `false` on the server and in the render that hydrates server HTML, `true` in every other render (a client-only
 * render sees `true` at once; after hydration React renders again with `true`). What only the browser knows (the
 * URL, storage, its time zone and locale) is read when this is `true`, so the first client render matches the
 * server's HTML and React reports no hydration mismatch.
 *
 * @example
 * ```ts
 * const hydrated = useHydrated();
 * const zone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
 * ```
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
