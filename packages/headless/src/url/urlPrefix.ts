/** What a URL prefix may be: a name that cannot hold another prefix or be held in one. */
const prefixPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The URL keys' prefix a hook uses (`'audit'` when none is given), or a `TypeError` naming the fix. A key's
 * prefix ends at its first `.`, while a column's name may hold dots (`audit.geo.country`): with `audit` and
 * `audit.admin` on one page, each log read the other's keys as its own filters and dropped them when it wrote
 * the URL. An empty prefix made every key of the page the log's, so a write dropped the host's `?tab=…`.
 *
 * @example
 * ```ts
 * urlPrefix(options.prefix, 'useAuditQueryState'); // 'audit'
 * ```
 */
export function urlPrefix(given: string | undefined, user: string): string {
  if (given === undefined) return 'audit';
  if (typeof given === 'string' && prefixPattern.test(given)) return given;
  throw new TypeError(
    `[auditkit] ${user}: the URL prefix must be 1 to 64 letters, digits, "_" or "-" (got ${JSON.stringify(String(given)).slice(0, 80)}). ` +
      'A key ends its prefix at the first ".", so a prefix with one, or none at all, mixes its keys with ' +
      "another log's or the page's own. Give each log on a page its own prefix, such as 'audit' and 'adminAudit'.",
  );
}
