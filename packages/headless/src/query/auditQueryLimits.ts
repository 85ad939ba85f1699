import { apiParameterNames } from '../url/apiParameterNames.ts';
import { columnNamePattern } from '../url/columnNamePattern.ts';
import type { AuditQuery } from './AuditQuery.ts';

/**
 * The most of a query a link or a saved view carries: `queryFromSearch` drops anything larger, as it must for a
 * hostile link. So the search language refuses a term beyond them and a view beyond them is not saved, rather
 * than either losing a filter silently on its way back. Frozen: every check on the page reads these.
 */
export const auditQueryLimits = Object.freeze({
  /** Characters of free text. */
  search: 1000,
  /** Values of one filter. */
  values: 100,
  /** Characters of one filter value. */
  value: 500,
  /** Filtered columns. */
  columns: 50,
} as const);

/**
 * Which limit a query is over:
 *
 * - `search-too-long`: more than `limit` characters of search text (`auditQueryLimits.search`).
 * - `too-many-columns`: more than `limit` filtered columns (`auditQueryLimits.columns`).
 * - `column-name`: a filter on `column`, a name a link cannot carry (a control character, `[` or `]` in it, or over
 *   200 characters: see `columnNamePattern`; or one of the API's own parameters, `count`, `tenant_ids`…, which a
 *   link never sets: see `apiParameterNames`).
 * - `too-many-values`: the filter on `column` has `count` values, more than `limit` (`auditQueryLimits.values`).
 * - `value-too-long`: a value of the filter on `column` has more than `limit` characters (`auditQueryLimits.value`).
 */
export type AuditQueryOverLimitCode =
  'search-too-long' | 'too-many-columns' | 'column-name' | 'too-many-values' | 'value-too-long';

/** Why a query would not come back whole from a link or a saved view, as data a UI can word in its language. */
export interface AuditQueryOverLimitReason {
  readonly code: AuditQueryOverLimitCode;
  /** The same in an English sentence, for developers (what `auditQueryOverLimit` returns). */
  readonly message: string;
  /** The limit the query is over (one of `auditQueryLimits`); absent for `column-name`. */
  readonly limit?: number | undefined;
  /** The filtered column at fault (`column-name`, `too-many-values`, `value-too-long`). */
  readonly column?: string | undefined;
  /** How many values that filter has (`too-many-values`). */
  readonly count?: number | undefined;
}

/**
 * Why `query` would not come back whole from a link or a saved view, or `undefined` when it would: the first limit
 * it is over, by `code` with the numbers and the column a message names, so a UI can say it in its own language.
 *
 * @example
 * ```ts
 * auditQueryOverLimitReason({ ...query, filters: { action: ['x'.repeat(501)] } });
 * // { code: 'value-too-long', limit: 500, column: 'action', message: 'A filter value has at most 500 …' }
 * ```
 */
export function auditQueryOverLimitReason(
  query: Pick<AuditQuery, 'search' | 'filters'>,
): AuditQueryOverLimitReason | undefined {
  const { search, values, value, columns } = auditQueryLimits;
  if (query.search.length > search)
    return {
      code: 'search-too-long',
      limit: search,
      message: `The search text has at most ${search} characters.`,
    };
  const filters = Object.entries(query.filters);
  if (filters.length > columns)
    return {
      code: 'too-many-columns',
      limit: columns,
      message: `At most ${columns} columns can be filtered at once.`,
    };
  for (const [column, list] of filters) {
    // A vendor's column name longer than a URL key allows, or with a control character, or one the API reads as
    // its own parameter (a vendor column called `filter`): filtered live, it is kept no further.
    if (list.length > 0 && !columnNamePattern.test(column))
      return {
        code: 'column-name',
        column,
        message: `A filter on "${column}" cannot be kept: a column name in a link or a view has 1 to 200 characters, none of them a control character, "[" or "]".`,
      };
    if (list.length > 0 && apiParameterNames.has(column))
      return {
        code: 'column-name',
        column,
        message: `A filter on "${column}" cannot be kept: a link or a view never sets the audits API's own parameters.`,
      };
    if (list.length > values)
      return {
        code: 'too-many-values',
        limit: values,
        column,
        count: list.length,
        message: `A filter has at most ${values} values ("${column}" has ${list.length}).`,
      };
    if (list.some((item) => item.length > value))
      return {
        code: 'value-too-long',
        limit: value,
        column,
        message: `A filter value has at most ${value} characters (one of "${column}" is longer).`,
      };
  }
  return undefined;
}

/**
 * Why `query` would not come back whole from a link or a saved view (an English sentence), or `undefined` when it
 * would. To tell a user in their language, use `auditQueryOverLimitReason` (the same check, with a `code`).
 *
 * @example
 * ```ts
 * auditQueryOverLimit({ ...query, search: 'x'.repeat(1001) }); // 'The search text has at most 1000 characters.'
 * ```
 */
export function auditQueryOverLimit(query: Pick<AuditQuery, 'search' | 'filters'>): string | undefined {
  return auditQueryOverLimitReason(query)?.message;
}
