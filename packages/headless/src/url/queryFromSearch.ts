import type { AuditColumn } from '../client/auditTypes.ts';
import { auditPageSizes, auditTimePresets, defaultAuditQuery } from '../query/AuditQuery.ts';
import { filterableColumnNames } from '../query/restrictQueryToColumns.ts';
import type { AuditPageSize, AuditQuery, AuditTimePreset, AuditTimeRange } from '../query/AuditQuery.ts';
import { boundsInOrder, calendarDate } from './calendarDate.ts';
import {
  allTimeValue,
  apiParameterNames,
  columnNamePattern,
  filterAliases,
  limits,
  readOwnKeys,
  reservedKeys,
  viewLinkValue,
  splitValues,
  urlKeys,
} from './auditUrlKeys.ts';
import type { AuditUrlOptions } from './queryToSearch.ts';

// No more digits than the last page has, so a long run of them is refused before it is read as a number.
const pageNumber = new RegExp(`^\\d{1,${String(limits.page).length}}$`);

const aliasToColumn = new Map(Object.entries(filterAliases).map(([column, alias]) => [alias, column]));

/** Options of `queryFromSearch`. */
export interface QueryFromSearchOptions extends AuditUrlOptions {
  /**
   * The column metadata: when given, a filter key must name one of its filterable columns (or `users`, the filter
   * by user, which no metadata lists) and the sort one of its sortable columns. Without it (before the metadata has arrived) any column name passes except the API's own
   * parameters (`count`, `tenant_ids`, `created_from`…), which never do.
   */
  columns?: readonly AuditColumn[] | undefined;
}

/**
 * The link's time range, or `undefined` to keep the defaults': when it has no time key, and when none it has can
 * be read (`range=8d`, `from=2026-02-30`, bounds out of order). `null` there was all time, the widest range, which
 * such a link never asked for (`range=all` asks for it). A bound read beside one dropped is kept.
 */
function readTime(own: Map<string, string>): AuditTimeRange | undefined {
  const preset = own.get(urlKeys.range);
  if (preset && (auditTimePresets as readonly string[]).includes(preset))
    return { preset: preset as AuditTimePreset };
  if (preset === allTimeValue) return null;
  const from = calendarDate(own.get(urlKeys.from));
  const to = calendarDate(own.get(urlKeys.to), 'end');
  if (!boundsInOrder(from, to) || (!from && !to)) return undefined;
  return { ...(from && { from }), ...(to && { to }) };
}

function readColumn(key: string, allowed: ReadonlySet<string> | undefined): string | undefined {
  const column =
    aliasToColumn.get(key) ?? (key.startsWith('f.') ? key.slice(2) : reservedKeys.has(key) ? undefined : key);
  if (column === undefined || !columnNamePattern.test(column) || apiParameterNames.has(column))
    return undefined;
  return !allowed || allowed.has(column) ? column : undefined;
}

// `column:direction`, split at the last `:` since a vendor's column name may hold one; a bare name sorts ascending.
function readSort(value: string | undefined): AuditQuery['sort'] | undefined {
  const match = value === undefined ? null : /^(.+):(asc|desc)$/i.exec(value);
  if (match) return { column: match[1]!, direction: match[2]!.toLowerCase() as 'asc' | 'desc' };
  return value && !value.includes(':') ? { column: value, direction: 'asc' } : undefined;
}

/**
 * Reads a query from a query string (with or without `?`). Never throws: unknown keys, filters on anything but a
 * filterable column (see `columns`), the API's own parameter names, impossible dates (`2026-02-30`), bad values,
 * malformed escapes and oversized parts are dropped, and what is missing or dropped comes from the defaults (a
 * time range none of whose values can be read leaves the defaults' range, not all time).
 *
 * @example
 * ```ts
 * queryFromSearch('?audit.q=login&audit.sev=High,Critical&audit.range=7d');
 * // { ...defaultAuditQuery, search: 'login', filters: { severity: ['High', 'Critical'] }, time: { preset: '7d' } }
 * ```
 */
export function queryFromSearch(search: string, options: QueryFromSearchOptions = {}): AuditQuery {
  const { prefix = 'audit', defaults = defaultAuditQuery, columns } = options;
  const own = readOwnKeys(search, prefix);
  const allowed = columns && filterableColumnNames(columns);
  const sortable =
    columns && new Set(columns.filter((column) => column.sortable).map((column) => column.name));

  const query: AuditQuery = { ...defaults, filters: {} };
  const searchText = own.get(urlKeys.search);
  if (searchText !== undefined && searchText.length <= limits.search) query.search = searchText;
  const time = readTime(own);
  if (time !== undefined) query.time = time;

  const sort = readSort(own.get(urlKeys.sort));
  if (sort && columnNamePattern.test(sort.column) && (sortable?.has(sort.column) ?? true)) query.sort = sort;
  const page = own.get(urlKeys.page);
  if (page && pageNumber.test(page) && Number(page) >= 1 && Number(page) <= limits.page)
    query.page = Number(page) - 1;
  const size = Number(own.get(urlKeys.pageSize));
  if ((auditPageSizes as readonly number[]).includes(size)) query.pageSize = size as AuditPageSize;

  // A Map, then fromEntries: a column named `__proto__` or `valueOf` must stay plain data.
  const filters = new Map<string, readonly string[]>();
  // A default filter's key written empty: that filter cleared (queryToSearch).
  let cleared = false;
  for (const [key, value] of own) {
    if (filters.size >= limits.columns) break;
    // `view=link` marks a view's link; any other value is a filter on a column named `view`, as written before.
    if (key === urlKeys.view && value === viewLinkValue) continue;
    const column = readColumn(key === urlKeys.view ? `f.${key}` : key, allowed);
    if (column === undefined || filters.has(column)) continue;
    if (value === '' && Object.hasOwn(defaults.filters, column)) cleared = true;
    // Each value once: `sev=High,High` gave two chips with one key, and removing one removed both.
    const values = [...new Set(splitValues(value))].filter(
      (item) => item !== '' && item.length <= limits.value,
    );
    if (values.length > 0) filters.set(column, values.slice(0, limits.values));
  }
  // A URL without any filter keeps the defaults' filters; one with filters, or a default one cleared, replaces them.
  query.filters = filters.size > 0 || cleared ? Object.fromEntries(filters) : defaults.filters;
  return query;
}
