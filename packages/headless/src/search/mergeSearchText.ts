import type { AuditSearchParse, AuditSearchQuery } from './auditSearch.types.ts';
import { keepRefused } from './keepRefused.ts';

/** The search language, read and written with the box's columns, zone and list. */
export interface SearchTextReader {
  parse: (source: string) => AuditSearchParse;
  format: (query: AuditSearchQuery) => string;
}

const noTerms: AuditSearchQuery = { search: '', time: null, filters: {} };
const wordsOf = (search: string) => search.split(/\s+/).filter(Boolean);

/**
 * The search box's text after the query changed elsewhere while the user's text had not applied: a three-way merge of
 * `base` (the query the box applied last), `ours` (the box's text: what the user means once the pause ends) and
 * `theirs` (the new query). The time range and each filter are the user's where `theirs` left them as in `base`, else
 * `theirs`' (the later act wins: a range picked replaces one typed; a filter edited in the text is not widened by a
 * change to another). The free text is `theirs`', plus the words typed since `base` that it does not say yet, which
 * come last, where the user was typing. Refused terms stay after it while still refused (see keepRefused).
 *
 * @example
 * ```ts
 * // `severity:high` applied, edited to `severity:low`, then "Last 30 days" picked elsewhere:
 * mergeSearchText(applied, parse('severity:low'), { ...applied, time: { preset: '30d' } }, reader);
 * // 'created:30d severity:low'
 * ```
 */
export function mergeSearchText(
  base: AuditSearchQuery,
  ours: AuditSearchParse,
  theirs: AuditSearchQuery,
  { parse, format }: SearchTextReader,
): string {
  // Compared as the box writes them, so a query that came back through a URL or a view in another form still matches.
  const same = (a: Partial<AuditSearchQuery>, b: Partial<AuditSearchQuery>) =>
    format({ ...noTerms, ...a }) === format({ ...noTerms, ...b });
  const time = same({ time: theirs.time }, { time: base.time }) ? ours.query.time : theirs.time;
  const filters: Record<string, readonly string[]> = {};
  for (const column of new Set([
    ...Object.keys(theirs.filters),
    ...Object.keys(base.filters),
    ...Object.keys(ours.query.filters),
  ])) {
    const unchanged = same(
      { filters: { [column]: theirs.filters[column] ?? [] } },
      { filters: { [column]: base.filters[column] ?? [] } },
    );
    const values = (unchanged ? ours.query.filters : theirs.filters)[column];
    if (values && values.length > 0) filters[column] = values;
  }
  // The free text is one substring the API looks for, so the user's, as typed (order, repeats, a quoted phrase's
  // spaces), where it was not changed elsewhere. Where it was, it is the later act's, with the words typed since
  // `base` that it does not say yet.
  let lead = '';
  let typed = ours.query.search;
  if (theirs.search !== base.search) {
    const said = new Set([...wordsOf(base.search), ...wordsOf(theirs.search)]);
    lead = theirs.search;
    typed = wordsOf(ours.query.search)
      .filter((word) => !said.has(word) && said.add(word))
      .join(' ');
  }
  const text = [format({ search: lead, time, filters }), format({ ...noTerms, search: typed })]
    .filter(Boolean)
    .join(' ');
  return keepRefused(
    text,
    ours.problems.map((term) => term.raw),
    parse,
  );
}
