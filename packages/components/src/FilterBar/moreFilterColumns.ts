import { auditQueryOverLimitReason, filterableColumnNames, type AuditColumn } from '@auditkit/headless';

/** Filters the bar has controls of its own for: the time range, severity, and the three fixed fields. */
const ownControls = new Set(['createdAt', 'severity', 'email', 'action', 'ip']);

/**
 * Types no typed exact value fits: a time (the time range filters on time) and a JSON payload (nobody types one
 * exactly). A second `Severity` column would want the severity checkboxes, not a text field.
 */
const untypable = new Set(['Timestamp', 'Json', 'Severity']);

/**
 * Whether a filter on `name` can be set: not a name a link cannot carry (a `[`, a control character, over 200
 * characters), which the query state refuses whatever the value, so its field would refuse every Enter. From
 * entries: a column named `__proto__` stays a plain key.
 */
const settable = (name: string) =>
  auditQueryOverLimitReason({ search: '', filters: Object.fromEntries([[name, ['-']]]) })?.code !==
  'column-name';

/**
 * The columns "More filters" offers a field for besides user, action and IP: every other column the metadata
 * says is filterable (Frontegg's `userAgent`, a vendor's own), in the metadata's order, as the search language
 * and a link can already filter on them. Not those the API reads as its own parameters (`filterableColumnNames`
 * leaves them out: the filter would never reach the column), nor those a link cannot name.
 */
export function moreFilterColumns(columns: readonly AuditColumn[]): AuditColumn[] {
  const allowed = filterableColumnNames(columns);
  return columns.filter(
    (column) =>
      allowed.has(column.name) &&
      !ownControls.has(column.name) &&
      !untypable.has(column.type) &&
      settable(column.name),
  );
}
