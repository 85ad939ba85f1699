/** Which event text may become a link: the host's opt-in (`<AuditLog links>`, `AuditUiProvider links`). */
export interface AuditLinkPolicy {
  /** Event fields (column names) whose URLs may be links, e.g. `['resource']`. */
  fields: readonly string[];
  /** Origins a link may point to, e.g. `['https://app.acme.test']`; any other URL stays text. */
  origins: readonly string[];
}

/**
 * The URL, normalised, when it is http(s), has no user name or password, and its origin is one of `origins`;
 * else `undefined` (javascript:, data:, another site, `https://app.acme.test@evil.example`).
 */
export function allowedLink(candidate: string, origins: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
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
