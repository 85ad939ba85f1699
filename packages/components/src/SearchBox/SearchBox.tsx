import { useAuditSearchBox, useLoadedAuditValues, type AuditSearchQuery } from '@auditkit/headless';
import { useCallback, useId, useRef } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { activeElementOf } from '../ui/domRealm.ts';
import { Icon } from '../ui/Icon.tsx';
import { usePreloadWhenIdle } from '../ui/preloadWhenIdle.ts';
import { resolveTimeZone } from '../ui/resolveTimeZone.ts';
import { SearchProblems } from './SearchProblems.tsx';
import { SearchSuggestions } from './SearchSuggestions.tsx';

// The search language is a chunk of its own, fetched on demand by the box (see useAuditSearchBox).
const language = () => import('@auditkit/headless/search');

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  /** Pause after the last keystroke before applying. @default 400 */
  debounceMs?: number | undefined;
}

/**
 * The search box of the search language (`actor:ada@acme.test severity:high created:7d login`): an ARIA combobox
 * whose listbox suggests field names, then values (severities, time shorthands, values in the loaded events).
 * The text and the filter bar are two views of one query: a chip or a filter control rewrites the text, keeping
 * after the query's terms what was typed and not yet applied (leaving the box applies it at once). Terms that
 * cannot apply (unknown field, bad value, negation) stay in the text and are listed with the reason.
 *
 * @example
 * ```tsx
 * <SearchBox debounceMs={300} />
 * ```
 */
export function SearchBox(props: SearchBoxProps) {
  // In the shared view state, or one of its own when placed alone, as every part that reads the query.
  return (
    <AuditStateScope>
      <SearchBoxForOwner {...props} />
    </AuditStateScope>
  );
}

function SearchBoxForOwner(props: SearchBoxProps) {
  // Mounted afresh for another signed-in user: text still waiting in the pause is the last user's, which would
  // apply on top of the next one's defaults, under their token.
  const { ownerGeneration } = useAuditState().queryState;
  return <SearchBoxField key={ownerGeneration} {...props} />;
}

function SearchBoxField({ debounceMs }: SearchBoxProps) {
  const { messages, timeZone } = useAuditUi();
  const { queryState, columns, legacy } = useAuditState();
  const { query } = queryState;
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = useId();
  const problemsId = useId();
  const hintId = useId();
  const values = useLoadedAuditValues(columns);
  const onQueryChange = useCallback(
    (next: AuditSearchQuery, reason: 'typing' | 'commit') => {
      const update = (previous: typeof query) => ({ ...previous, ...next, page: 0 });
      // Typing replaces the history entry; Enter or a chosen suggestion adds one, as other filter changes do.
      queryState.setQuery(update, { history: reason === 'typing' ? 'typing' : 'push' });
    },
    [queryState],
  );
  const box = useAuditSearchBox({
    query,
    onQueryChange,
    columns,
    timeZone: resolveTimeZone(timeZone),
    // The list the rows come from: the legacy one cannot filter by user id, so the box offers no `users:` there.
    legacy,
    values,
    debounceMs,
    language,
  });

  // The search language (parser, suggestions) loads on demand: when the query has terms to show, on intent
  // (pointer or focus on the input), on typing, and when the browser is idle. The input is there at once; what is
  // typed before the language arrives stays, and applies when it does.
  const { load } = box;
  usePreloadWhenIdle(useCallback(async () => load(), [load]));

  // After choosing a suggestion the caret goes to the end of what was inserted.
  useLayoutEffectOnClient(() => {
    const input = inputRef.current;
    if (input && box.caret !== undefined && activeElementOf(input) === input)
      input.setSelectionRange(box.caret, box.caret);
  }, [box.caret, box.text]);

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div data-slot="audit-search" className="auditkit-search" data-state={box.open ? 'open' : 'closed'}>
      <label htmlFor={id}>{messages.searchLabel}</label>
      <span data-slot="audit-search-field" className="auditkit-search-field">
        <Icon name="search" />
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          // A phone's keyboard neither capitalises nor corrects what is typed (`actor:ada`, an id, an exact value:
          // "Ada" or a corrected word matches other events or none), and its return key says it searches.
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={box.open}
          aria-controls={listId}
          aria-activedescendant={box.open && box.activeIndex >= 0 ? optionId(box.activeIndex) : undefined}
          aria-describedby={`${hintId} ${problemsId}`}
          aria-invalid={box.problems.length > 0 || undefined}
          value={box.text}
          // What is typed takes its direction from its first letter: `actor:ada` reads left to right in a
          // right-to-left log, a Hebrew word right to left. Empty, the box keeps the log's direction (Chromium reads
          // an empty `dir="auto"` as left to right), so the placeholder and caret start at its start.
          dir={box.text ? 'auto' : undefined}
          placeholder={messages.searchPlaceholder}
          onChange={(event) =>
            box.change(event.target.value, event.target.selectionEnd ?? event.target.value.length)
          }
          onSelect={(event) => box.moveCaret(event.currentTarget.selectionEnd ?? 0)}
          onKeyDown={(event) => {
            // Keys that pick a character in an input method (Japanese, Chinese, Korean: Enter confirms it, the
            // arrows choose among candidates) are the method's, not the search's (keyCode 229: Safari's end of it).
            if (event.nativeEvent.isComposing || event.keyCode === 229) return;
            if (box.keyDown(event.key, event.altKey)) event.preventDefault();
          }}
          onBlur={box.close}
          onFocus={box.load}
          onPointerEnter={box.load}
        />
        <SearchSuggestions box={box} id={listId} optionId={optionId} />
      </span>
      <span id={hintId} data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
        {messages.searchHint}
      </span>
      <SearchProblems
        box={box}
        id={problemsId}
        onFix={(start, end, replacement) => {
          box.replace(start, end, replacement);
          // The fix's button leaves with the problem: focus goes back to the text it changed, never to the body.
          inputRef.current?.focus();
        }}
      />
    </div>
  );
}
