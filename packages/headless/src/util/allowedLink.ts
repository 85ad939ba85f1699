// Event text is written by whoever triggered the event: a link in the admin's screen lends it that screen's trust,
// so only a URL the host chose to trust becomes one.

/**
 * The URL, normalised, when it is http(s), has no user name or password, and its origin is one of `origins`;
 * else `undefined` (javascript:, data:, another site, `https://app.acme.test@evil.example`). Never throws: an
 * unparsable URL or origin is no match. What `@auditkit/components` links event text by.
 *
 * @example
 * ```tsx
 * const href = allowedLink(valueToText(event.resource), ['https://app.acme.test']);
 * {href ? <a href={href} rel="noopener noreferrer">{href}</a> : valueToText(event.resource)}
 * ```
 */
export function allowedLink(candidate: string, origins: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Credentials in a URL are a way to make `https://app.acme.test@evil.example` read as the trusted site.
  if (url.username || url.password) return undefined;
  return origins.some((origin) => sameOrigin(origin, url.origin)) ? url.href : undefined;
}

function sameOrigin(allowed: string, origin: string): boolean {
  try {
    return new URL(allowed).origin === origin;
  } catch {
    return false;
  }
}
