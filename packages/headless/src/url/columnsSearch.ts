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
  prefix?: string | undefined;
}

/** Options of `columnsToSearch`. */
export interface ColumnsToSearchOptions extends ColumnsUrlOptions {
  /** The columns that exist now: their `showInTable` default decides what the link must spell out. */
  columns: readonly AuditColumn[];
  /** The current query string (`location.search`); every other key, the query's included, is kept as is. */
  base?: string | undefined;
}

/**
 * Reads the column list (`audit.cols=createdAt,email,-ip`): visible names in order, then `-name` for a hidden
 * column the vendor shows by default; inside a name, `\` escapes a `,`, a `\` and a leading `-`
 * (`Risk\, score`). The columns it does not name follow the vendor's defaults (`mergeColumnPreferences`), so the
 * list may stop where the rest of the visible columns are the defaults in their order (`columnsToSearch` writes
 * it so). Never throws: names no column can have (see `columnChoiceNamePattern`) and repeats are dropped, and a
 * list of more than `limits.columnList` names is dropped whole (cut, it showed columns the sender had hidden).
 * `undefined` when the key is missing, the list is oversized or it names no visible column (the view then uses
 * its stored choice or the defaults).
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
  const items = listItems(list);
  if (items.length > limits.columnList) return undefined;
  for (const item of items) {
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
 * default or it is unknown now, so a column the vendor adds later still follows its own `showInTable`. Only what
 * differs from the defaults is written: the visible names stop where the rest are the vendor's default columns in
 * their order, which the reader fills in. So hiding one column among hundreds is a short link (`c0,-c319`), not a
 * list of every column that a server or the reader's `limits.columnList` would refuse. A choice whose list still
 * names more than `limits.columnList` columns is written whole but read as no choice: `columnsOverLimitReason`
 * tells it beforehand (`useColumnPreferences` refuses such a change).
 *
 * @example
 * ```ts
 * columnsToSearch({ order: ['email', 'createdAt', 'ip'], visible: ['email', 'createdAt'] }, {
 *   columns: defaultAuditColumns,
 *   base: '?tab=audit&audit.q=login',
 * });
 * // 'tab=audit&audit.q=login&audit.cols=email,-ip'
 * // (createdAt, action and description follow email as the defaults have them, so are not written; only the
 * // hidden columns `order` names are: action and description are not in it, so they keep their defaults)
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
  const items = columnLinkItems(choice, columns);
  return (
    items &&
    [...items.visible.map(escapeName), ...items.hidden.map((name) => `-${escapeName(name)}`)].join(',')
  );
}

/**
 * The names the link writes: visible ones up to where the defaults take over, then the hidden ones the defaults
 * would show. `undefined` when the visible columns are the defaults in their order (no key at all).
 */
export function columnLinkItems(
  choice: ColumnsFromUrl,
  columns: readonly AuditColumn[],
): { visible: string[]; hidden: string[] } | undefined {
  const valid = (name: string) => columnChoiceNamePattern.test(name);
  const visible = [...new Set(choice.visible.filter(valid))];
  const defaults = columns.filter((column) => column.showInTable).map((column) => column.name);
  if (visible.length === 0 || sameList(visible, defaults)) return undefined;
  // Maps, not objects: a column named `__proto__` or `constructor` is a name like any other.
  const shownByDefault = new Map(columns.map((column) => [column.name, column.showInTable]));
  const shown = new Set(visible);
  const hidden = [
    ...new Set(
      choice.order.filter((name) => valid(name) && !shown.has(name) && shownByDefault.get(name) !== false),
    ),
  ];
  // What the reader shows: the visible names, then every default-visible column the list does not name, in the
  // vendor's order (`mergeColumnPreferences`).
  const named = new Set([...choice.order, ...visible]);
  const shows = [...visible, ...defaults.filter((name) => !named.has(name))];
  // The longest end of that which the defaults give by themselves: default-visible columns in the vendor's order.
  const position = new Map(columns.map((column, index) => [column.name, index]));
  let start = shows.length;
  let next = Infinity;
  while (start > 1) {
    const name = shows[start - 1]!;
    const at = position.get(name);
    if (at === undefined || at >= next || shownByDefault.get(name) !== true) break;
    next = at;
    start--;
  }
  return { visible: shows.slice(0, Math.min(start, visible.length)), hidden };
}

/** Why a column choice would not come back from a link: it names more columns than a link may carry. */
export interface ColumnsOverLimitReason {
  readonly code: 'too-many-column-names';
  /** The most names a link's column list carries (`limits.columnList`). */
  readonly limit: number;
  /** How many the choice needs. */
  readonly count: number;
  /** The same in an English sentence, for developers. */
  readonly message: string;
}

/**
 * Why `choice` would not come back whole from a link (`columnsToSearch`, then `columnsFromSearch`), or
 * `undefined` when it would. Only what differs from the defaults is written, so this takes a choice that names
 * more than `limits.columnList` columns even then: hundreds of columns moved out of the vendor's order, or
 * hidden where the vendor shows them.
 *
 * @example
 * ```ts
 * columnsOverLimitReason(choice, { columns });
 * // { code: 'too-many-column-names', limit: 1000, count: 1200, message: 'A link carries at most 1000 …' }
 * ```
 */
export function columnsOverLimitReason(
  choice: ColumnsFromUrl,
  options: Pick<ColumnsToSearchOptions, 'columns'>,
): ColumnsOverLimitReason | undefined {
  const items = columnLinkItems(choice, options.columns);
  const count = items ? items.visible.length + items.hidden.length : 0;
  const limit = limits.columnList;
  return count > limit
    ? {
        code: 'too-many-column-names',
        limit,
        count,
        message: `A link carries at most ${limit} column names; this column choice needs ${count}.`,
      }
    : undefined;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, index) => name === b[index]);

// A vendor may name a column with a comma or a leading `-`: escaped, so the list's separators stay its own.
const escapeName = (name: string) => escapeListItem(name).replace(/^-/, '\\-');
