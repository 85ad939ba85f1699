/**
 * What every query and mutation of the log sets over a host QueryClient's defaults, which a client handed to the
 * provider brings along (the README invites one). `throwOnError`: the hooks promise `error`, and a host default of
 * `true` sent a refused list (403, 429, 5xx) to the host's error boundary, blanking its page. `networkMode`:
 * Query's default pauses a request while the browser says it is offline, and a list asked then waited with neither
 * an answer nor an error, its pager already on the next page; asked at once, it fails as unreachable, with Retry,
 * and an observed query is asked again when the network comes back (Query's `refetchOnReconnect`).
 */
export const auditQueryMode = { throwOnError: false, networkMode: 'always' } as const;
