import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';

/** How a field's values are read: a time range (`created`), severities, or exact values. */
export type AuditSearchFieldKind = 'time' | 'severity' | 'values';

/** A field of the search language: one filterable column and the names it answers to. */
export interface AuditSearchField {
  /** The name written back into the text (`actor`, `created`, `severity`, or the column's own name). */
  readonly name: string;
  /** The metadata column it filters (`email`, `createdAt`, a custom column…). */
  readonly column: string;
  readonly displayName: string;
  readonly kind: AuditSearchFieldKind;
  /** Every name it answers to, lower-cased (metadata name, display name without spaces, aliases). */
  readonly names: readonly string[];
}

/** The comparison a term makes. `:` is "equals one of"; the others exist only on the time field. */
export type AuditSearchOperator = ':' | '>' | '>=' | '<' | '<=' | '..';

/** Why a term is not applied. Each problem keeps the term in the text, marked, rather than dropping it. */
export type AuditSearchProblemCode =
  | 'unknown-field'
  | 'empty-value'
  | 'invalid-value'
  | 'operator-unsupported'
  | 'negation-unsupported'
  | 'boolean-unsupported'
  | 'look-alike'
  | 'conflict';

/**
 * Why exactly a value (`invalid-value`), an operator (`boolean-unsupported`) or a mark or a missing `:`
 * (`look-alike`) is not applied, for a translation to
 * say what `message` says in English:
 *
 * - `not-a-time`: no date, date and time, shorthand or preset (`created:2026-13-01`);
 * - `not-a-time-range`: a range whose ends are not times (`created:2026-11-01..soon`);
 * - `ends-before-start`: a range that ends before it starts (`created:2026-11-07..2026-11-01`);
 * - `outside-years`: a time outside the years 0001 to 9999 in UTC, which a time range cannot hold;
 * - `one-value`: more than one value on the time field (`created:a,b`);
 * - `too-many-values`: more than `limit` values on one field;
 * - `value-too-long`: a value over `limit` characters;
 * - `too-many-fields`: more than `limit` fields filtered at once;
 * - `search-too-long`: free text over `limit` characters, what a link or a saved view carries;
 * - `search-past-read`: the rest of a text over `limit` characters, the most the parser reads;
 * - `not-operator`, `or-operator`, `and-operator`: the bare upper-case word `NOT`, `OR` or `AND`, which the audits
 *   API cannot express (every term must match) and which is no text to search for unless quoted (`"OR"`);
 * - `parenthesis`: a term with a grouping parenthesis stuck to it (`(actor:a`, `actor:b)`); terms do not group;
 * - `quote`: curly, angle or corner quotes (`“…”`, `„…“`, `«…»`, `”…”`, full-width `＂…＂`, `「…」`, `『…』`) outside
 *   straight quotes, as pasted
 *   from a document or a chat (`actor:“Ada Lovelace”`): only `"` quotes; the marks themselves are searched for
 *   inside straight quotes (`action:"Renamed “Q3”"`);
 * - `colon`: a field's name followed by a full-width `：` (`severity：high`, from a Japanese input method) instead
 *   of `:`;
 * - `comparison`: a field's name followed by `>`, `>=`, `<` or `<=` with no `:` between (`created>=2026-11-01`,
 *   `time>today`), as other query languages write a comparison; `suggestion` is the term with its `:`
 *   (`created:>=2026-11-01`), given only where that term applies. Where it would not (`action>x`, as only times
 *   compare; `-created>x`), the term has the problem that term would have (`operator-unsupported`…) instead.
 *   Quoted (`"a>b"`), after a name no field answers to (`x>y`) or as an arrow (`user->admin`, `a<-b`), it is text;
 * - `legacy-user-id`: an `unknown-field` that is the filter by user id (`users:`) on the legacy list (`legacy`),
 *   which cannot filter by it; `suggestion` is then the email field's name (`actor`), which it can filter by.
 */
export type AuditSearchProblemReason =
  | 'not-a-time'
  | 'not-a-time-range'
  | 'ends-before-start'
  | 'outside-years'
  | 'one-value'
  | 'too-many-values'
  | 'value-too-long'
  | 'too-many-fields'
  | 'search-too-long'
  | 'search-past-read'
  | 'not-operator'
  | 'or-operator'
  | 'and-operator'
  | 'parenthesis'
  | 'quote'
  | 'colon'
  | 'comparison'
  | 'legacy-user-id';

/** A term that is not applied, and what would fix it. */
export interface AuditSearchProblem {
  readonly code: AuditSearchProblemCode;
  /** An English sentence saying what is wrong and how to fix it (components localise by `code` and `reason`). */
  readonly message: string;
  /**
   * The nearest valid field name or value, when there is one (`actr` → `actor`); for a `negation-unsupported` on
   * a value written with a bare `-` (`actor:-bob`), the term with the value quoted to search for it
   * (`actor:"-bob"`); for a `boolean-unsupported` word, the word quoted to search for it (`"OR"`); for a
   * `look-alike`, the whole term written as meant, with straight quotes and `:` (`actor:"Ada Lovelace"`,
   * `created:>=2026-11-01`), what replaces the term's `start`–`end`.
   */
  readonly suggestion?: string | undefined;
  /**
   * Why exactly, for an `invalid-value`, a `boolean-unsupported`, a `look-alike` or an `unknown-field` that is
   * known elsewhere (see `AuditSearchProblemReason`).
   */
  readonly reason?: AuditSearchProblemReason | undefined;
  /** The limit a `too-many-values`, `value-too-long`, `too-many-fields` or `search-…` reason is over. */
  readonly limit?: number | undefined;
  /** For an `unknown-field`: the names of the known fields, as `message` lists them when nothing is near. */
  readonly fields?: readonly string[] | undefined;
}

/**
 * A term that applies but may not say what was meant: a severity that is none of the five the API defines yet one
 * typo away from one (`severity:Hihg`). It is applied as typed (a tenant's data may carry any severity), and the
 * hint offers the level it may have meant.
 */
export interface AuditSearchHint {
  readonly code: 'unknown-severity';
  /** An English sentence naming the value and the level it may have meant. */
  readonly message: string;
  /** The value as typed (`Hihg`). */
  readonly value: string;
  /** The level it may have meant (`High`). */
  readonly suggestion: string;
  /**
   * The term's whole text with `suggestion` in place of `value` (`severity:High,Critical`): what replaces the
   * term's `start`–`end` to take the suggestion.
   */
  readonly replacement: string;
}

/** One whitespace-separated piece of the text: free text or a `field:value` term. */
export interface AuditSearchTerm {
  readonly kind: 'text' | 'field';
  /** Exactly as typed, and where (UTF-16 offsets into the text, end exclusive). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Written with a leading `-`. */
  readonly negated: boolean;
  /** The field name as typed (`actr`, `User`, `created`). */
  readonly fieldText?: string | undefined;
  /**
   * Where the field as written ends, past its `:` (UTF-16 offset into the text): `start` to here is the `-`, the
   * name (in quotes when it is written so: `"geo:country":`) and the `:`, what a fix of the name replaces.
   */
  readonly fieldEnd?: number | undefined;
  /** The field it resolved to; absent for free text and unknown fields. */
  readonly field?: AuditSearchField | undefined;
  readonly operator?: AuditSearchOperator | undefined;
  /** Unquoted values (free text: the one phrase). */
  readonly values: readonly string[];
  readonly problem?: AuditSearchProblem | undefined;
  /** A term that applies, with a value that may be a typo (see `AuditSearchHint`); never set with `problem`. */
  readonly hint?: AuditSearchHint | undefined;
}

/** The part of an `AuditQuery` the search box writes. */
export type AuditSearchQuery = Pick<AuditQuery, 'search' | 'time' | 'filters'>;

/** What `parseAuditSearch` returns. */
export interface AuditSearchParse {
  /** The applicable terms as a query (terms with a problem are left out of it). */
  readonly query: AuditSearchQuery;
  readonly terms: readonly AuditSearchTerm[];
  /** The terms with a problem, in text order. */
  readonly problems: readonly AuditSearchTerm[];
}

/** Options of `parseAuditSearch` and `formatAuditSearch`. */
export interface AuditSearchOptions {
  /** The metadata columns; only filterable ones become fields. @default defaultAuditColumns */
  columns?: readonly AuditColumn[] | undefined;
  /** IANA zone (or `'local'`) in which dates like `2026-11-01` are whole days. @default 'UTC' */
  timeZone?: string | undefined;
  /** The clock for `today` and `yesterday`. @default new Date() */
  now?: Date | undefined;
  /**
   * The events come from the legacy `GET /audits` list, which cannot filter by user id: `users:` is then no field
   * (nor suggested), and a term with it is marked with the email field to use instead. @default false
   */
  legacy?: boolean | undefined;
}
