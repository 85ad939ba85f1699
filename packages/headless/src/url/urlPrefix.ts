/** What a URL prefix may be: a plain name, so no prefix can hold another or be held in one. */
const prefixPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The URL keys' prefix a hook uses (`'audit'` when none is given), or a `TypeError` naming the fix. A column's
 * name may hold dots (`audit.geo.country`), so a prefix cannot be told apart from a column: with `audit` and
 * `audit.admin` on one page, each log read the other's keys as its own filters (`audit.admin.q` as a filter on
 * `admin.q`) and dropped them when it wrote the URL, and an empty prefix took the page's own `?tab=…` for a
 * filter and dropped it too.
 *
 * @example
 * ```ts
 * urlPrefix(options.prefix, 'useAuditQueryState'); // 'audit'
 * ```
 */
export function urlPrefix(given: string | undefined, caller: string): string {
  if (given === undefined) return 'audit';
  if (typeof given === 'string' && prefixPattern.test(given)) return given;
  const text = String(given);
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  // Short: it ships in every page's first load, for a mistake a developer sees once.
  throw new TypeError(
    `[auditkit] ${caller}: the URL prefix must be 1 to 64 letters, digits, "_" or "-", one per log on a page ` +
      `(got ${shown}): a column's name may hold dots, so "audit" would read "audit.admin" keys as its own.`,
  );
}
