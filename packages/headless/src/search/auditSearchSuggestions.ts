import { searchFieldNameSource } from '../url/columnNamePattern.ts';
import type { AuditSearchOptions } from './auditSearch.types.ts';
import { auditSearchFields } from './auditSearchFields.ts';
import { auditSearchTimeShorthands, fixedDateShorthands } from './auditSearchTime.ts';
import { auditSeverityOptions } from './auditSeverityOptions.ts';
import { nearestName } from './nearestName.ts';
import { resolveTokenField } from './resolveTokenField.ts';
import { maxAuditSearchText } from './parseAuditSearch.ts';
import { quoteSearchValue, splitSearchValues, tokenizeAuditSearch } from './tokenizeAuditSearch.ts';

/** One suggestion: what it shows and the text it puts in place of the piece being typed. */
export interface AuditSearchSuggestion {
  readonly kind: 'field' | 'value';
  /** What the option shows (`actor:`, `High`). */
  readonly label: string;
  /** A hint beside it (the column's display name, "time"). */
  readonly detail?: string | undefined;
  /**
   * The column the field or value filters (`users` for `users:`): a host words `detail` itself from it where the
   * column has no display name in its language (the user-id filter's is the English "User ID").
   */
  readonly column: string;
  /**
   * A time shorthand (`today`, `yesterday`) that is applied as the date it names: a link or a saved view keeps
   * that date and does not move with the days, unlike the presets (`7d`). Say so beside it.
   */
  readonly fixedDate?: boolean | undefined;
  /** The whole new text and where the caret goes after choosing it. */
  readonly text: string;
  readonly caret: number;
}

/** Options of `auditSearchSuggestions`. */
export interface AuditSearchSuggestionsOptions extends Pick<AuditSearchOptions, 'columns' | 'legacy'> {
  /** Values seen in the loaded events, by column (see `auditSearchValuesFromEvents`). */
  values?: ReadonlyMap<string, readonly string[]> | undefined;
  /** At most this many. @default 8 */
  limit?: number | undefined;
}

const fieldTyping = new RegExp(`^${searchFieldNameSource}$`, 'u');

/**
 * What to offer while typing at `caret`: field names while a word has no `:` yet, then the field's values
 * (severities, time shorthands, values seen in the loaded events), narrowed by what is typed. Severities are the
 * API's five and those seen in the loaded events; a typed severity that starts none gets the nearest one (`hihg`
 * → `High`).
 *
 * @example
 * ```ts
 * auditSearchSuggestions('sev', 3)[0]; // { kind: 'field', label: 'severity:', text: 'severity:', caret: 9, … }
 * ```
 */
export function auditSearchSuggestions(
  text: string,
  caret: number,
  options: AuditSearchSuggestionsOptions = {},
): AuditSearchSuggestion[] {
  const { limit = 8 } = options;
  const fields = auditSearchFields(options.columns, options);
  // Only the text the parser reads (no megabyte split into terms on each caret move): past it, or in a term the
  // cut runs into, nothing to offer.
  const token = tokenizeAuditSearch(text.slice(0, maxAuditSearchText)).find(
    (item) => item.start <= caret && caret <= item.end,
  );
  if (caret > maxAuditSearchText || (token?.end === maxAuditSearchText && text.length > maxAuditSearchText))
    return [];
  const start = token?.start ?? caret;
  const end = token?.end ?? caret;
  const typed = text.slice(start, Math.max(start, caret));
  const place = (replacement: string, extra = '') => ({
    text: `${text.slice(0, start)}${replacement}${extra}${text.slice(end)}`,
    caret: start + replacement.length + extra.length,
  });

  // Not after a `-`: the parser refuses every negated term (`-severity:High`), as the API leaves nothing out.
  if (!token || (token.field === undefined && (typed === '' || fieldTyping.test(typed)))) {
    const needle = typed.toLowerCase();
    return fields.list
      .filter((field) => field.names.some((name) => name.startsWith(needle)))
      .slice(0, limit)
      .map((field) => ({
        kind: 'field' as const,
        label: `${field.name}:`,
        detail: field.displayName,
        column: field.column,
        ...place(`${field.name}:`),
      }));
  }
  if (token.field === undefined) return [];
  // Read as the parser reads it: a quoted name is a column's exact name, so `"user":` offers no actor's values.
  const field = resolveTokenField(fields, token);
  // Only values the parser applies: no field term can be negated, and only the time field compares.
  if (!field || token.negated) return [];
  // The field as typed, up to its own `:` (a quoted name may hold one: `"geo:country":`); an input method's `：`
  // written as `:`, or the term picked would be marked as look-alike and not applied.
  const head = token.raw.slice(0, token.raw.length - token.body.length).replace(/：$/, ':');
  const body = token.body;
  const operator = /^(>=|<=|>|<)/.exec(body)?.[0] ?? '';
  const previous = splitSearchValues(body.slice(operator.length));
  const current = (previous.pop() ?? '').toLowerCase();
  if (operator && field.kind !== 'time') return [];
  const seen = options.values?.get(field.column) ?? [];
  // Severities: the API's five, then those seen in the loaded events (a tenant's data may carry `Attention`).
  // The time field takes one value, and after `>`, `<` and the like a day, never a preset (`>=7d` is no time).
  const candidates =
    field.kind === 'severity'
      ? auditSeverityOptions([], seen)
      : field.kind !== 'time'
        ? seen
        : previous.length > 0
          ? []
          : operator
            ? fixedDateShorthands
            : auditSearchTimeShorthands;
  const written = previous.map((value) => quoteSearchValue(value));
  // A severity is one in any case (the parser writes the API's five as the API does, which matches any other in any
  // case): `severity:high,` offers no second `High`.
  const same = field.kind === 'severity' ? (value: string) => value.toLowerCase() : (value: string) => value;
  const given = new Set(previous.map(same));
  const open = candidates.filter((value) => !given.has(same(value)));
  let matches = open.filter((value) => value.toLowerCase().startsWith(current));
  // A severity that matches none, one typo away from one (`hihg`): offer the one it may have meant.
  if (matches.length === 0 && field.kind === 'severity') {
    const nearest = nearestName(current, open);
    if (nearest !== undefined) matches = [nearest];
  }
  return matches.slice(0, limit).map((value) => ({
    kind: 'value' as const,
    label: value,
    detail: field.displayName,
    column: field.column,
    ...(field.kind === 'time' && fixedDateShorthands.includes(value) && { fixedDate: true }),
    ...place(`${head}${operator}${[...written, quoteSearchValue(value)].join(',')}`, ' '),
  }));
}
