import type { AuditSearchBox, AuditSearchTerm } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { useSettledValue } from '../ui/useSettledValue.ts';

/** How long typing must pause before the problems are said. */
const settleMs = 1000;

/**
 * The one fix a term not applied offers, if any: the field it probably meant in place of its name (`actr:` →
 * `actor:`), or the whole term as meant, with straight quotes and `:` in place of look-alikes.
 */
function problemFix(term: AuditSearchTerm) {
  const { code, suggestion, reason } = term.problem!;
  // `users:` on a legacy log names the email field to filter by instead, but its value is a user id: swapping the
  // field would filter the email by an id, and find nothing, with no problem shown.
  if (!suggestion || reason === 'legacy-user-id') return undefined;
  if (code === 'unknown-field') {
    const field = `${term.negated ? '-' : ''}${suggestion}:`;
    return { end: term.fieldEnd ?? term.end, text: field, field: true };
  }
  return code === 'look-alike' ? { end: term.end, text: suggestion, field: false } : undefined;
}

/** Props of {@link SearchProblems}. */
export interface SearchProblemsProps {
  box: AuditSearchBox;
  id: string;
  /**
   * Replaces a part of the text with a fix and applies it; the caller also moves focus back to the search input,
   * as the button that was pressed goes with the problem it fixed.
   */
  onFix: (start: number, end: number, replacement: string) => void;
}

/**
 * That the search cannot apply at all when its language did not load (Enter, typing or focus tries again), then
 * the terms of the text that are not applied, each with its reason and, when there is one, a fix
 * (`actr:` → "Use actor:", `actor:“Ada”` → `Use actor:"Ada"`); then the terms applied as typed whose value may be a typo (`severity:Hihg` → "Use
 * High"). A screen reader hears them once typing pauses (a polite status); the lists themselves are not live:
 * rebuilt at every keystroke (`actr:a`, `actr:ad`…), they had the whole sentence said again for each character.
 */
export function SearchProblems({ box, id, onFix }: SearchProblemsProps) {
  const { messages } = useAuditUi();
  // Not loaded (a deploy while the page was open, a blocked host): the box looks as usual but cannot apply.
  const unavailable = box.languageError !== undefined;
  const said = useSettledValue(
    [
      ...(unavailable ? [messages.searchUnavailable] : []),
      ...box.problems.map((term) => `${term.raw} ${messages.searchProblem(term.problem!, term)}`),
      ...box.hints.map(
        (term) => `${term.raw} ${messages.searchValueHint(term.hint!.value, term.hint!.suggestion)}`,
      ),
    ].join(' '),
    settleMs,
  );
  return (
    <>
      <div role="status" data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
        {said}
      </div>
      <div id={id} data-slot="audit-search-problems" className="auditkit-search-problems">
        {unavailable ? (
          <div data-slot="audit-search-problem" className="auditkit-search-problem" data-code="unavailable">
            {messages.searchUnavailable}
          </div>
        ) : null}
        {box.problems.length > 0 ? (
          <ul aria-label={messages.searchNotApplied}>
            {box.problems.map((term) => {
              const problem = term.problem!;
              const fix = problemFix(term);
              return (
                <li
                  key={`${term.start}:${term.raw}`}
                  data-slot="audit-search-problem"
                  className="auditkit-search-problem"
                  data-code={problem.code}
                >
                  <code data-slot="audit-search-term" className="auditkit-search-term">
                    {term.raw}
                  </code>{' '}
                  {messages.searchProblem(problem, term)}
                  {fix ? (
                    <button
                      type="button"
                      data-variant="ghost"
                      onClick={() => onFix(term.start, fix.end, fix.text)}
                    >
                      {fix.field ? messages.searchUseField(fix.text) : messages.searchUseValue(fix.text)}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {box.hints.length > 0 ? (
          <ul
            aria-label={messages.searchCheck}
            data-slot="audit-search-hints"
            className="auditkit-search-hints"
          >
            {box.hints.map((term) => {
              const { value, suggestion, replacement } = term.hint!;
              return (
                <li
                  key={`${term.start}:${term.raw}`}
                  data-slot="audit-search-problem"
                  className="auditkit-search-problem"
                  data-code="hint"
                >
                  <code data-slot="audit-search-term" className="auditkit-search-term">
                    {term.raw}
                  </code>{' '}
                  {messages.searchValueHint(value, suggestion)}
                  <button
                    type="button"
                    data-variant="ghost"
                    onClick={() => onFix(term.start, term.end, replacement)}
                  >
                    {messages.searchUseValue(suggestion)}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </>
  );
}
