import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import {
  allTimeValue,
  encodePart,
  filterAliases,
  joinValues,
  ownKeyOf,
  prefixed,
  isViewLinkPair,
  reservedKeys,
  searchPairs,
  urlKeys,
} from './auditUrlKeys.ts';
import { calendarDate } from './calendarDate.ts';

/** Options of `queryToSearch` and `queryFromSearch`. */
export interface AuditUrlOptions {
  /**
   * Namespace of the keys, so they never clash with the host's own: in a page's URL, a plain name as the hooks
   * require (`urlPrefix`). `''` writes bare keys, for a query string that is the log's alone (a saved view's).
   * @default 'audit'
   */
  prefix?: string | undefined;
  /** Values equal to these are left out of the URL (and filled in when reading). @default defaultAuditQuery */
  defaults?: AuditQuery | undefined;
}

/** Options of `queryToSearch`. */
export interface QueryToSearchOptions extends AuditUrlOptions {
  /** The current query string (`location.search`); its keys outside the prefix are kept byte for byte. */
  base?: string | undefined;
}

/** The URL key of a filter column. */
export function filterKey(column: string): string {
  const alias = Object.hasOwn(filterAliases, column) ? filterAliases[column] : undefined;
  if (alias) return alias;
  return reservedKeys.has(column) || column.startsWith('f.') ? `f.${column}` : column;
}

/**
 * Writes a query into a query string (without `?`), keeping the host's other keys untouched. Only what differs
 * from the defaults is written, so a fresh view has a clean URL.
 *
 * @example
 * ```ts
 * queryToSearch({ ...defaultAuditQuery, search: 'login', time: { preset: '7d' } }, { base: '?tab=audit' });
 * // 'tab=audit&audit.q=login&audit.range=7d'
 * ```
 */
export function queryToSearch(query: AuditQuery, options: QueryToSearchOptions = {}): string {
  const { prefix = 'audit', defaults = defaultAuditQuery, base = '' } = options;
  // The column list shares the prefix but belongs to `useColumnPreferences`, and the linked event (`auditEventUrl`)
  // to the table, which drops it when the user moves on: both stay where they are. So does a view link's mark
  // (`auditViewUrl`), read once the views have loaded, long after this first rewrites the landing URL; kept, a
  // reload of the link still opens it rather than the reader's default view.
  const kept = searchPairs(base).filter((pair) => {
    const key = ownKeyOf(pair, prefix);
    return (
      key === undefined || key === urlKeys.columns || key === urlKeys.event || isViewLinkPair(pair, prefix)
    );
  });
  const own: string[] = [];
  const put = (key: string, value: string) =>
    own.push(`${encodePart(prefixed(prefix, key))}=${encodePart(value)}`);

  if (query.search !== defaults.search) put(urlKeys.search, query.search);
  if (query.time && 'preset' in query.time) put(urlKeys.range, query.time.preset);
  else if (query.time) {
    if (query.time.from) put(urlKeys.from, query.time.from);
    // Written as the instant it is sent as (a date alone: its day's last millisecond, resolveTimeRange), so a
    // reload, a shared link or a saved view asks for the same events.
    if (query.time.to) put(urlKeys.to, calendarDate(query.time.to, 'end') ?? query.time.to);
  } else if (defaults.time) put(urlKeys.range, allTimeValue);
  const { column, direction } = query.sort;
  if (column !== defaults.sort.column || direction !== defaults.sort.direction)
    put(urlKeys.sort, `${column}:${direction}`);
  if (query.page !== defaults.page) put(urlKeys.page, String(query.page + 1));
  if (query.pageSize !== defaults.pageSize) put(urlKeys.pageSize, String(query.pageSize));
  for (const [name, values] of Object.entries(query.filters)) {
    if (values.length > 0) put(filterKey(name), joinValues(values));
  }
  // A filter of the defaults the user cleared is written empty: a link without any filter reads back with the
  // defaults' filters, so the cleared view (every event) came back filtered after a reload or in a shared link.
  for (const [name, values] of Object.entries(defaults.filters)) {
    const now = Object.hasOwn(query.filters, name) ? query.filters[name] : undefined;
    if (values.length > 0 && !now?.length) put(filterKey(name), '');
  }
  return [...kept, ...own].join('&');
}
