import type { QueryClient } from '@tanstack/react-query';

/**
 * What every query and mutation of the log sets over a host QueryClient's defaults, which a client handed to the
 * provider brings along (the README invites one). `throwOnError`: the hooks promise `error`, and a host default of
 * `true` sent a refused list (403, 429, 5xx) to the host's error boundary, blanking its page. `networkMode`:
 * Query's default pauses a request while the browser says it is offline, and a list asked then waited with neither
 * an answer nor an error, its pager already on the next page; asked at once, it fails as unreachable, with Retry.
 * The observers add {@link reconnectAsHost}, so it is asked again when the network comes back.
 */
export const auditQueryMode = { throwOnError: false, networkMode: 'always' } as const;

/**
 * Query's `refetchOnReconnect` as the host's client sets it (in any form), else on: with `networkMode: 'always'`
 * Query turns it off by default, and a list that failed offline stayed failed, and one left open through a network
 * drop stale, once the network was back.
 */
export function reconnectAsHost<TQuery>(
  queryClient: QueryClient,
): boolean | 'always' | ((query: TQuery) => boolean | 'always') {
  // Typed by Query for any query; it calls it with the one it is set on.
  return (queryClient.getDefaultOptions().queries?.refetchOnReconnect ?? true) as
    boolean | 'always' | ((query: TQuery) => boolean | 'always');
}
