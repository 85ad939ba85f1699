/**
 * What `baseUrl` leaves of a request URL: the path below the base when the request is under it, else `undefined`
 * (not the API's: the request goes on to the next handler).
 */
export type BaseUrlMatcher = (url: URL) => string | undefined;

/**
 * The matcher of {@link MockAuditApiOptions.baseUrl}: an absolute `http(s)` URL (its origin and path must both
 * match) or a path prefix starting with `/` (any origin). Without a base every path is the API's, as before.
 */
export function resolveBaseUrl(baseUrl: string | undefined): BaseUrlMatcher {
  if (baseUrl === undefined) return (url) => url.pathname;
  if (typeof baseUrl !== 'string') throw new TypeError(`baseUrl must be a string, got ${typeof baseUrl}`);
  const pathOnly = baseUrl.startsWith('/') && !baseUrl.startsWith('//');
  let base: URL;
  try {
    base = new URL(baseUrl, pathOnly ? 'http://base.invalid' : undefined);
  } catch {
    base = new URL('about:blank');
  }
  if (!/^https?:$/.test(base.protocol) || base.search !== '' || base.hash !== '' || /[?#]/.test(baseUrl))
    throw new TypeError(
      `baseUrl must be an http(s) URL or a path starting with '/', without a query or fragment, got ${JSON.stringify(baseUrl)}`,
    );
  // Compared in the form a request's URL has (percent-encoded, default port dropped), without a trailing slash.
  const prefix = base.pathname.replace(/\/+$/, '');
  const origin = pathOnly ? undefined : base.origin;
  return (url) => {
    if (origin !== undefined && url.origin !== origin) return undefined;
    const { pathname } = url;
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
    return pathname.slice(prefix.length) || '/';
  };
}
