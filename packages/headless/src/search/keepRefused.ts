import type { AuditSearchParse } from './auditSearch.types.ts';

/**
 * The query's own text followed by those of the `kept` terms (refused in the text before) that the new query still
 * refuses. A term refused for what stood next to it (a second time range, a field or value over the limits) was
 * judged against the old text: after the query changed elsewhere (a time filter set to "All time", Clear all, a
 * view) it may read as applicable, so it would show unmarked while not applied, and the next keystroke would apply
 * it, undoing what the user has just chosen. Such a term is dropped; one still refused (a typo, a bad date, a
 * conflict with the new range) stays, marked, so nothing refused is lost. Each term is judged after those kept before
 * it, as the parser reads the text in order.
 */
export function keepRefused(
  outside: string,
  kept: readonly string[],
  parse: (source: string) => AuditSearchParse,
): string {
  let next = outside;
  for (const raw of kept) {
    const from = next === '' ? 0 : next.length + 1;
    const candidate = next === '' ? raw : `${next} ${raw}`;
    // Every part of it refused (a term past the most text read may hold several): else part of it would apply.
    const parts = parse(candidate).terms.filter((term) => term.start >= from);
    if (parts.length > 0 && parts.every((term) => term.problem !== undefined)) next = candidate;
  }
  return next;
}
