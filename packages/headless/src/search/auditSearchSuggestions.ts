import type { AuditSearchOptions } from './auditSearch.types.ts';
import { auditSearchFields } from './auditSearchFields.ts';
import { auditSearchTimeShorthands } from './auditSearchTime.ts';
import { auditSeverities } from './auditSeverities.ts';
import { quoteSearchValue, splitSearchValues, tokenizeAuditSearch } from './tokenizeAuditSearch.ts';

/** One suggestion: what it shows and the text it puts in place of the piece being typed. */
export interface AuditSearchSuggestion {
  readonly kind: 'field' | 'value';
  /** What the option shows (`actor:`, `High`). */
  readonly label: string;
  /** A hint beside it (the column's display name, "time"). */
  readonly detail?: string;
  /** The whole new text and where the caret goes after choosing it. */
  readonly text: string;
  readonly caret: number;
}

/** Options of `auditSearchSuggestions`. */
export interface AuditSearchSuggestionsOptions extends Pick<AuditSearchOptions, 'columns'> {
  /** Values seen in the loaded events, by column (see `auditSearchValuesFromEvents`). */
  values?: ReadonlyMap<string, readonly string[]>;
  /** At most this many. @default 8 */
  limit?: number;
}

const fieldTyping = /^-?[A-Za-z_][\w.-]*$/;

/**
 * What to offer while typing at `caret`: field names while a word has no `:` yet, then the field's values
 * (severities, time shorthands, values seen in the loaded events), narrowed by what is typed.
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
  const fields = auditSearchFields(options.columns);
  const token = tokenizeAuditSearch(text).find((item) => item.start <= caret && caret <= item.end);
  const start = token?.start ?? caret;
  const end = token?.end ?? caret;
  const typed = text.slice(start, Math.max(start, caret));
  const place = (replacement: string, extra = '') => ({
    text: `${text.slice(0, start)}${replacement}${extra}${text.slice(end)}`,
    caret: start + replacement.length + extra.length,
  });

  if (!token || (token.field === undefined && (typed === '' || fieldTyping.test(typed)))) {
    const negation = typed.startsWith('-') ? '-' : '';
    const needle = typed.slice(negation.length).toLowerCase();
    return fields.list
      .filter((field) => field.names.some((name) => name.startsWith(needle)))
      .slice(0, limit)
      .map((field) => ({
        kind: 'field' as const,
        label: `${field.name}:`,
        detail: field.displayName,
        ...place(`${negation}${field.name}:`),
      }));
  }
  if (token.field === undefined) return [];
  const field = fields.resolve(token.field);
  if (!field) return [];
  const head = token.raw.slice(0, token.raw.indexOf(':') + 1);
  const body = token.raw.slice(head.length);
  const operator = /^(>=|<=|>|<)/.exec(body)?.[0] ?? '';
  const previous = splitSearchValues(body.slice(operator.length));
  const current = (previous.pop() ?? '').toLowerCase();
  const candidates =
    field.kind === 'severity'
      ? auditSeverities
      : field.kind === 'time'
        ? auditSearchTimeShorthands
        : (options.values?.get(field.column) ?? []);
  const written = previous.map((value) => quoteSearchValue(value));
  return candidates
    .filter((value) => value.toLowerCase().startsWith(current) && !previous.includes(value))
    .slice(0, limit)
    .map((value) => ({
      kind: 'value' as const,
      label: value,
      detail: field.displayName,
      ...place(`${head}${operator}${[...written, quoteSearchValue(value)].join(',')}`, ' '),
    }));
}
