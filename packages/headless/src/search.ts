// `@auditkit/headless/search`: the search language (`actor:ada@acme.test severity:high created:7d login`) as pure,
// React-free functions: parse text into a query, write a query as text, the fields of a column set, suggestions.
//
// A subpath of its own, not the package root: `useAuditSearchBox` fetches these on demand (a page needs them only
// once there is a search to show or to type), and esbuild (unlike Rollup and Rolldown) moves every module an
// on-demand chunk shares with the entry's import graph into a chunk the entry loads at once, used or not.
// Re-exported from the root, the parser would be in every host's first load again.

export { parseAuditSearch } from './search/parseAuditSearch.ts';
export { formatAuditSearch } from './search/formatAuditSearch.ts';
export { auditSearchFields } from './search/auditSearchFields.ts';
export type { AuditSearchFields } from './search/auditSearchFields.ts';
export { auditSearchSuggestions } from './search/auditSearchSuggestions.ts';
export type {
  AuditSearchSuggestion,
  AuditSearchSuggestionsOptions,
} from './search/auditSearchSuggestions.ts';
export { auditSearchValuesFromEvents } from './search/auditSearchValuesFromEvents.ts';
export { auditSearchTimeShorthands } from './search/auditSearchTime.ts';
export { auditSeverities, knownSeverity } from './search/auditSeverities.ts';
export { auditSeverityOptions } from './search/auditSeverityOptions.ts';
export type {
  AuditSearchField,
  AuditSearchFieldKind,
  AuditSearchHint,
  AuditSearchOperator,
  AuditSearchOptions,
  AuditSearchParse,
  AuditSearchProblem,
  AuditSearchProblemCode,
  AuditSearchProblemReason,
  AuditSearchQuery,
  AuditSearchTerm,
} from './search/auditSearch.types.ts';
