import type { AuditColumn } from '../client/auditTypes.ts';
import {
  columnChoiceNamePattern,
  encodePart,
  escapeListItem,
  limits,
  listItems,
  ownKeyOf,
  prefixed,
  readOwnKeys,
  searchPairs,
  unescapeListItem,
  urlKeys,
} from './auditUrlKeys.ts';

/** Column choices as the URL carries them: every named column in order, and which of them are visible. */
export interface ColumnsFromUrl {
  order: readonly string[];
  visible: readonly string[];
}

/** Options of `columnsToSearch` and `columnsFromSearch`. */
export interface ColumnsUrlOptions {
  /** Namespace of the keys, the same as the query's (see `AuditUrlOptions.prefix`). @default 'audit' */
  prefix?: string;
}

/** Options of `columnsToSearch`. */
export interface ColumnsToSearchOptions extends ColumnsUrlOptions {
  /** The columns that exist now: their `showInTable` default decides what the link must spell out. */
  columns: readonly AuditColumn[];
  /** The current query string (`location.search`); every other key, the query's included, is kept as is. */
  base?: string;
}

/**
 * Reads the column list (`audit.cols=createdAt,email,-ip`): visible names in order, then `-name` for a hidden
 * column the vendor shows by default; inside a name, `\` escapes a `,`, a `\` and a leading `-`
 * (`Risk\, score`). Never throws: names no column can have (see `columnChoiceNamePattern`), repeats and an oversized
 * list are dropped. `undefined` when the key is missing or names no visible column (the view
 * then uses its defaults).
 *
 * @example
 * ```ts
 * columnsFromSearch('?audit.cols=email,createdAt,-ip');
 * // { order: ['email', 'createdAt', 'ip'], visible: ['email', 'createdAt'] }
 * ```
 */
export function columnsFromSearch(
  search: string,
  options: ColumnsUrlOptions = {},
): ColumnsFromUrl | undefined {
  const { prefix = 'audit' } = options;
  const list = readOwnKeys(search, prefix).get(urlKeys.columns);
  if (list === undefined) return undefined;
  const visible: string[] = [];
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (const item of listItems(list).slice(0, limits.columnList)) {
    const isHidden = item.startsWith('-');
    const name = unescapeListItem(isHidden ? item.slice(1) : item);
    if (!columnChoiceNamePattern.test(name) || seen.has(name)) continue;
    seen.add(name);
    (isHidden ? hidden : visible).push(name);
  }
  return visible.length > 0 ? { order: [...visible, ...hidden], visible } : undefined;
}

/**
 * Writes column choices into a query string (without `?`), replacing only the column key and keeping every other
 * pair byte for byte. The key is left out when the visible columns are the vendor's defaults in their order (clean
 * links) or when `choice` is `undefined`. A hidden column is named (`-name`) only when the vendor shows it by
 * default or it is unknown now, so a column the vendor adds later still follows its own `showInTable`.
 *
 * @example
 * ```ts
 * columnsToSearch({ order: ['email', 'createdAt', 'ip'], visible: ['email', 'createdAt'] }, {
 *   columns: defaultAuditColumns,
 *   base: '?tab=audit&audit.q=login',
 * });
 * // 'tab=audit&audit.q=login&audit.cols=email,createdAt,-ip'
 * // (only the hidden columns `order` names: action and description are not in it, so not written)
 * ```
 */
export function columnsToSearch(choice: ColumnsFromUrl | undefined, options: ColumnsToSearchOptions): string {
  const { prefix = 'audit', columns, base = '' } = options;
  const pairs = searchPairs(base);
  const index = pairs.findIndex((pair) => ownKeyOf(pair, prefix) === urlKeys.columns);
  const rest = pairs.filter((pair) => ownKeyOf(pair, prefix) !== urlKeys.columns);
  const value = choice && columnsValue(choice, columns);
  if (value === undefined) return rest.join('&');
  const own = `${encodePart(prefixed(prefix, urlKeys.columns))}=${encodePart(value)}`;
  // Replaced in place, so a back/forward between two links does not reshuffle the host's keys.
  rest.splice(index < 0 ? rest.length : index, 0, own);
  return rest.join('&');
}

function columnsValue(choice: ColumnsFromUrl, columns: readonly AuditColumn[]): string | undefined {
  const valid = (name: string) => columnChoiceNamePattern.test(name);
  const visible = [...new Set(choice.visible.filter(valid))];
  const defaults = columns.filter((column) => column.showInTable).map((column) => column.name);
  if (visible.length === 0 || sameList(visible, defaults)) return undefined;
  const shownByDefault = new Map(columns.map((column) => [column.name, column.showInTable]));
  const shown = new Set(visible);
  const hidden = choice.order.filter(
    (name) => valid(name) && !shown.has(name) && shownByDefault.get(name) !== false,
  );
  return [...visible.map(escapeName), ...[...new Set(hidden)].map((name) => `-${escapeName(name)}`)].join(
    ',',
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, index) => name === b[index]);

// A vendor may name a column with a comma or a leading `-`: escaped, so the list's separators stay its own.
const escapeName = (name: string) => escapeListItem(name).replace(/^-/, '\\-');
