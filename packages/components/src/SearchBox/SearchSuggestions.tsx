import { revealHiddenText } from '@auditkit/headless';
import type { AuditSearchBox } from '@auditkit/headless';
import { useRef } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';

/** Props of {@link SearchSuggestions}. */
export interface SearchSuggestionsProps {
  box: AuditSearchBox;
  id: string;
  optionId: (index: number) => string;
}

/** The combobox's listbox: focus stays in the input, the active option is `aria-activedescendant`. */
export function SearchSuggestions({ box, id, optionId }: SearchSuggestionsProps) {
  const { messages } = useAuditUi();
  const listRef = useRef<HTMLUListElement>(null);
  // Focus stays in the input, so the browser never scrolls the list to the highlight by itself: without this the
  // arrow keys move it past the list's bottom edge (it scrolls past a few options), out of sight. `nearest`
  // scrolls the list only as far as needed, and never the page when the option is already in view.
  const active = box.open ? box.activeIndex : -1;
  useLayoutEffectOnClient(() => {
    if (active < 0) return;
    const option = listRef.current?.children[active];
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active, box.suggestions]);
  return (
    <ul
      ref={listRef}
      id={id}
      role="listbox"
      aria-label={messages.searchSuggestions}
      data-slot="audit-search-listbox"
      className="auditkit-search-listbox"
      hidden={!box.open}
    >
      {box.open
        ? box.suggestions.map((item, index) => (
            <li
              key={`${item.kind}:${item.label}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === box.activeIndex}
              data-slot="audit-search-option"
              className="auditkit-search-option"
              data-kind={item.kind}
              // Chosen on mousedown: a click would first blur the input and close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                box.choose(index);
              }}
            >
              {/* Values come from loaded events: their invisible formatting characters show (revealHiddenText).
                  A field (`actor:`) is the search language's syntax, typed left to right in every language: in a
                  right-to-left log its colon would otherwise land before the name. A value is event text in any
                  script, so it takes its direction from its first letter. Either way isolated from the detail. */}
              <span dir={item.kind === 'field' ? 'ltr' : 'auto'}>{revealHiddenText(item.label)}</span>
              {/* `today` is applied as the date it names: a saved view keeps that day, which the detail says. */}
              {item.fixedDate ? (
                <span data-slot="audit-search-option-detail" className="auditkit-search-option-detail">
                  {messages.searchFixedDate}
                </span>
              ) : item.detail ? (
                <span data-slot="audit-search-option-detail" className="auditkit-search-option-detail">
                  {/* The user-id filter is no metadata column: its name is the log's, not headless's English. */}
                  {item.column === 'users' ? messages.fieldLabels.userId : revealHiddenText(item.detail)}
                </span>
              ) : null}
            </li>
          ))
        : null}
    </ul>
  );
}
