import { auditPageSizes, auditTimePresets, defaultAuditQuery } from '../query/AuditQuery.ts';
import type { AuditPageSize, AuditQuery, AuditTimePreset, AuditTimeRange } from '../query/AuditQuery.ts';
import {
  columnNamePattern,
  filterAliases,
  limits,
  readOwnKeys,
  reservedKeys,
  splitValues,
  urlKeys,
} from './auditUrlKeys.ts';
import type { AuditUrlOptions } from './queryToSearch.ts';

const aliasToColumn = new Map(Object.entries(filterAliases).map(([column, alias]) => [alias, column]));

function isoOrUndefined(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function readTime(own: Map<string, string>): AuditTimeRange {
  const preset = own.get(urlKeys.range);
  if (preset && (auditTimePresets as readonly string[]).includes(preset))
    return { preset: preset as AuditTimePreset };
  const from = isoOrUndefined(own.get(urlKeys.from));
  const to = isoOrUndefined(own.get(urlKeys.to));
  if (from && to && from > to) return null;
  if (!from && !to) return null;
  return { ...(from && { from }), ...(to && { to }) };
}

function readColumn(key: string): string | undefined {
  const column =
    aliasToColumn.get(key) ?? (key.startsWith('f.') ? key.slice(2) : reservedKeys.has(key) ? undefined : key);
  return column !== undefined && columnNamePattern.test(column) ? column : undefined;
}

/**
 * Reads a query from a query string (with or without `?`). Never throws: unknown keys, bad values, malformed
 * escapes and oversized parts are dropped, and what is missing comes from the defaults.
 *
 * @example
 * ```ts
 * queryFromSearch('?audit.q=login&audit.sev=High,Critical&audit.range=7d');
 * // { ...defaultAuditQuery, search: 'login', filters: { severity: ['High', 'Critical'] }, time: { preset: '7d' } }
 * ```
 */
export function queryFromSearch(search: string, options: AuditUrlOptions = {}): AuditQuery {
  const { prefix = 'audit', defaults = defaultAuditQuery } = options;
  const own = readOwnKeys(search, prefix);

  const query: AuditQuery = { ...defaults, filters: {} };
  const searchText = own.get(urlKeys.search);
  if (searchText !== undefined && searchText.length <= limits.search) query.search = searchText;
  if (own.has(urlKeys.range) || own.has(urlKeys.from) || own.has(urlKeys.to)) query.time = readTime(own);

  const sort = own.get(urlKeys.sort)?.split(':');
  if (sort && sort.length <= 2 && sort[0] && columnNamePattern.test(sort[0])) {
    const direction = (sort[1] ?? 'asc').toLowerCase();
    if (direction === 'asc' || direction === 'desc') query.sort = { column: sort[0], direction };
  }
  const page = own.get(urlKeys.page);
  if (page && /^\d{1,7}$/.test(page) && Number(page) >= 1 && Number(page) <= limits.page)
    query.page = Number(page) - 1;
  const size = Number(own.get(urlKeys.pageSize));
  if ((auditPageSizes as readonly number[]).includes(size)) query.pageSize = size as AuditPageSize;

  // A Map, then fromEntries: a column named `__proto__` or `valueOf` must stay plain data.
  const filters = new Map<string, readonly string[]>();
  for (const [key, value] of own) {
    if (filters.size >= limits.columns) break;
    const column = readColumn(key);
    if (column === undefined || filters.has(column)) continue;
    const values = splitValues(value).filter((item) => item !== '' && item.length <= limits.value);
    if (values.length > 0) filters.set(column, values.slice(0, limits.values));
  }
  // A URL without any filter keeps the defaults' filters; one with filters replaces them.
  query.filters = filters.size > 0 ? Object.fromEntries(filters) : defaults.filters;
  return query;
}
