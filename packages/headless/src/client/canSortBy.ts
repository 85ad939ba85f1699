/**
 * The audits API's `sortBy` pattern: any other name is answered with a 400, so the request planner sends the default
 * sort instead and says so. Kept here, apart from the planner, so a table can ask the rule without shipping the planner.
 */
export const sortByPattern = /^[A-Za-z0-9_]+$/;

/**
 * Whether the audits API can sort by a column of this name, known from the name alone (`sortBy` must match
 * `^[A-Za-z0-9_]+$`): `geo.country`, `x-request-id`, `País` or `Risk score` cannot be sorted by, whatever the
 * metadata's `sortable` says. A header, a view or a custom UI offers sorting only where this and the column's
 * `sortable` both hold, so a click never shows a sort that the request then replaces with the default.
 *
 * @example
 * ```ts
 * canSortBy('action'); // true
 * canSortBy('geo.country'); // false
 * columns.filter((column) => column.sortable && canSortBy(column.name));
 * ```
 */
export const canSortBy = (name: string): boolean => sortByPattern.test(name);
