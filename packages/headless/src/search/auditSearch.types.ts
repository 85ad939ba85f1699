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
  | 'conflict';

/** A term that is not applied, and what would fix it. */
export interface AuditSearchProblem {
  readonly code: AuditSearchProblemCode;
  /** An English sentence saying what is wrong and how to fix it (components localise by `code`). */
  readonly message: string;
  /** The nearest valid field name or value, when there is one (`actr` → `actor`). */
  readonly suggestion?: string;
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
  readonly fieldText?: string;
  /** The field it resolved to; absent for free text and unknown fields. */
  readonly field?: AuditSearchField;
  readonly operator?: AuditSearchOperator;
  /** Unquoted values (free text: the one phrase). */
  readonly values: readonly string[];
  readonly problem?: AuditSearchProblem;
  /** A term that applies, with a value that may be a typo (see `AuditSearchHint`); never set with `problem`. */
  readonly hint?: AuditSearchHint;
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
  columns?: readonly AuditColumn[];
  /** IANA zone (or `'local'`) in which dates like `2026-11-01` are whole days. @default 'UTC' */
  timeZone?: string;
  /** The clock for `today` and `yesterday`. @default new Date() */
  now?: Date;
}
