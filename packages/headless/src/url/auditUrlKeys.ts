import { lastAuditPageIndex } from '../query/clampPageIndex.ts';
import { auditQueryLimits } from '../query/auditQueryLimits.ts';

// Short, readable URL keys (`?audit.q=login&audit.sev=High,Critical&audit.range=7d`). Filters on columns with
// an alias use it; other columns use their own name, or `f.<name>` when that name is taken by a key below.
/** URL key of each part of the query (after the prefix). */
export const urlKeys = {
  search: 'q',
  range: 'range',
  from: 'from',
  to: 'to',
  sort: 'sort',
  page: 'page',
  pageSize: 'size',
  /** Written by `useColumnPreferences`, not by the query codec (which leaves it in place). */
  columns: 'cols',
  /**
   * The event a link points at (`auditEventUrl`), opened once it is among the rows. Not part of the query: the
   * query codec leaves it in place, like the column list, and the log removes it when the user moves on.
   */
  event: 'event',
  /**
   * Marks a view's link (`auditViewUrl`): the log opens on exactly what its other keys say, even when they say
   * nothing because the view is the log's defaults, never on the reader's default view. Without it such a link
   * was a bare landing, and the reader saw their own default view (High and Critical only) as "All events". Not
   * part of the query: the query codec leaves it in place, like the column list. Only `view=link` is the mark
   * (`viewLinkValue`); another value is an older link's filter on a column named `view`.
   */
  view: 'view',
} as const;

/**
 * The value `auditViewUrl` writes under `view`, and the only one that marks a view's link: `view=<other>` is what
 * a filter on a column named `view` was written as before the key was reserved, and is read as that filter still.
 */
export const viewLinkValue = 'link';

/** Whether a raw `key=value` pair of the query string is a view link's mark under `prefix`. */
export const isViewLinkPair = (pair: string, prefix: string) =>
  ownKeyOf(pair, prefix) === urlKeys.view && decodePart(pair.slice(pair.indexOf('=') + 1)) === viewLinkValue;

/**
 * `range` when the query has no time range but the defaults do (a host's `defaultQuery` of the last 7 days that the
 * user cleared): without it the link read back with the defaults' range.
 */
export const allTimeValue = 'all';

/** Shorter URL keys for common filter columns. */
export const filterAliases: Readonly<Record<string, string>> = { severity: 'sev', userAgent: 'ua' };

/** Keys a filter column cannot use as is (it goes under `f.<name>` instead). */
export const reservedKeys = new Set<string>([
  ...Object.values(urlKeys),
  ...Object.values(filterAliases),
  'f',
]);

/** The API's own parameter names, which a link never sets as a filter (`apiParameterNames.ts`). */
export { apiParameterNames } from './apiParameterNames.ts';

/** Column names a URL may carry, as a filter or sort and in the column list (`columnNamePattern.ts`); others are dropped. */
export { columnChoiceNamePattern, columnNamePattern } from './columnNamePattern.ts';

/** Bounds on what a URL may carry; longer parts are dropped, not truncated. */
export const limits = {
  ...auditQueryLimits,
  /**
   * Names in the column list (`cols`) and in a saved view's column choice; a vendor may define many custom
   * columns, and Frontegg sets no cap. The list names only what differs from the defaults, so a choice among
   * thousands of columns usually names a few; at this bound a list of typical names is some 10-30 KB, which
   * browsers keep in a link, while a hostile link still cannot make the page hold more.
   */
  columnList: 1000,
  /** Characters of a linked event's id (`event`); Frontegg's are UUIDs. A longer one is ignored. */
  eventId: 200,
  /**
   * The last page number (1-based) a link opens: the furthest whose request offset (page × page size, at the
   * largest size) is still an exact integer. A fixed million read the "Last page" of a tenant with more than 20 M
   * events at 20 a page as page 1, so a reload, Back or a shared link showed the newest events instead.
   */
  page: lastAuditPageIndex + 1,
} as const;

/** `prefix.key`, or the bare key with an empty prefix. */
export const prefixed = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * The key of a raw `key=value` pair inside the prefix (`'q'` for `audit.q=x` with prefix `audit`); `undefined`
 * for the host's keys and for malformed escapes.
 */
export function ownKeyOf(pair: string, prefix: string): string | undefined {
  const key = decodePart(pair.split('=', 1)[0] ?? '');
  if (key === undefined) return undefined;
  if (!prefix) return key;
  return key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : undefined;
}

/**
 * The keys inside the prefix and their decoded values. The first occurrence of a key wins, as most servers read
 * repeated keys; pairs with malformed escapes are skipped.
 */
export function readOwnKeys(search: string, prefix: string): Map<string, string> {
  const own = new Map<string, string>();
  const raw = typeof search === 'string' ? search : '';
  for (const pair of (raw.startsWith('?') ? raw.slice(1) : raw).split('&')) {
    const split = pair.indexOf('=');
    const name = ownKeyOf(pair, prefix);
    const value = decodePart(split < 0 ? '' : pair.slice(split + 1));
    if (name !== undefined && value !== undefined && !own.has(name)) own.set(name, value);
  }
  return own;
}

/** The raw pairs of a query string (with or without `?`), empty ones dropped. */
export const searchPairs = (search: string) =>
  (search.startsWith('?') ? search.slice(1) : search).split('&').filter((pair) => pair !== '');

/** A UTF-16 surrogate with no partner: not a character, and not writable as UTF-8. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes but keeps `,` and `:` readable; `+` is a space, as in HTML forms. A lone surrogate (event data
 * can hold one: JSON allows `"\ud83d"`, and a value suggested from an event becomes a filter) is written as U+FFFD,
 * as `URLSearchParams` writes it into the API's request, so the link asks what the server was asked;
 * `encodeURIComponent` throws on it, which from the URL writer took the whole log down.
 */
export const encodePart = (value: string) =>
  encodeURIComponent(value.replace(loneSurrogate, '\uFFFD'))
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%20/g, '+');

/** Inverse of `encodePart`; `undefined` on a malformed escape instead of throwing. */
export function decodePart(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** An item of a comma-separated list with `\` before each `\` and `,` in it. */
export const escapeListItem = (item: string) => item.replace(/[\\,]/g, '\\$&');

/** Each `\x` of an escaped item read as `x`. */
export const unescapeListItem = (raw: string) => raw.replace(/\\(.)/gsu, '$1');

/**
 * A comma-separated list's items as written (escapes kept, so a mark at an item's start can be told from an
 * escaped character: the column list's hidden `-`), split at unescaped commas.
 */
export function listItems(list: string): string[] {
  const items: string[] = [];
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    if (list[index] === '\\') index++;
    else if (list[index] === ',') {
      items.push(list.slice(start, index));
      start = index + 1;
    }
  }
  items.push(list.slice(start));
  return items;
}

/** Joins filter values with commas, escaping `\` and `,` inside a value. */
export const joinValues = (values: readonly string[]) => values.map(escapeListItem).join(',');

/** Inverse of `joinValues`. */
export const splitValues = (joined: string): string[] => listItems(joined).map(unescapeListItem);
