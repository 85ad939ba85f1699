import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditSearchParse, AuditSearchQuery } from './auditSearch.types.ts';
import { auditSearchSuggestions, type AuditSearchSuggestion } from './auditSearchSuggestions.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

/** Options of `useAuditSearchBox`. */
export interface UseAuditSearchBoxOptions {
  /** The search part of the current query (the text follows it when it changes elsewhere: a chip, a view). */
  query: AuditSearchQuery;
  /** Applies what the text says; `typing` for a debounced change, `commit` for Enter or a chosen suggestion. */
  onQueryChange: (query: AuditSearchQuery, reason: 'typing' | 'commit') => void;
  columns?: readonly AuditColumn[];
  timeZone?: string;
  /** Values seen in the loaded events, by column, for suggestions (a function is asked only while open). */
  values?: ReadonlyMap<string, readonly string[]> | (() => ReadonlyMap<string, readonly string[]>);
  /** Pause after typing before applying. @default 400 */
  debounceMs?: number;
}

/** State and actions of a search box with suggestions (an ARIA combobox). */
export interface AuditSearchBox {
  readonly text: string;
  readonly parse: AuditSearchParse;
  /** Terms with a problem, minus a value still being typed at the caret. */
  readonly problems: AuditSearchParse['problems'];
  readonly suggestions: readonly AuditSearchSuggestion[];
  readonly open: boolean;
  /** Index of the highlighted suggestion, -1 for none. */
  readonly activeIndex: number;
  /** The caret to restore after a change made by the box itself (a chosen suggestion), else `undefined`. */
  readonly caret: number | undefined;
  /** The user typed: `caret` is the input's selection end. */
  change(text: string, caret: number): void;
  /** The caret moved without typing. */
  moveCaret(caret: number): void;
  /** Handles a key of the combobox; returns true when it was used (the caller then prevents the default). */
  keyDown(key: string, altKey?: boolean): boolean;
  choose(index: number): void;
  close(): void;
  /** Replaces a term's text (fixing a problem: `actr:` → `actor:`) and applies. */
  replace(start: number, end: number, replacement: string): void;
}

/**
 * The decisions behind a search box that speaks the search language: text ↔ query both ways, debounced apply,
 * suggestions with keyboard selection, and problems to show in place. Draw it with any input and listbox.
 *
 * @example
 * ```tsx
 * const box = useAuditSearchBox({ query: state.query, onQueryChange: (q) => state.setQuery((p) => ({ ...p, ...q, page: 0 })) });
 * <input role="combobox" value={box.text} onChange={(e) => box.change(e.target.value, e.target.selectionEnd ?? 0)} />
 * ```
 */
export function useAuditSearchBox(options: UseAuditSearchBoxOptions): AuditSearchBox {
  const { query, onQueryChange, columns, timeZone, values, debounceMs = 400 } = options;
  const format = useCallback(
    (next: AuditSearchQuery) => formatAuditSearch(next, { columns, timeZone }),
    [columns, timeZone],
  );
  const outside = format(query);
  const [text, setText] = useState(outside);
  const [seen, setSeen] = useState(outside);
  const [caret, setCaret] = useState(outside.length);
  const [restoreCaret, setRestoreCaret] = useState<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // The text of the query this box applied last: when the query comes back as that, the user's own wording stays.
  const [applied, setApplied] = useState(outside);

  const parse = useMemo(() => parseAuditSearch(text, { columns, timeZone }), [text, columns, timeZone]);

  if (seen !== outside) {
    setSeen(outside);
    if (outside !== applied) {
      // Changed elsewhere (a chip, a filter control, back/forward, a view): rewrite the text, keeping the terms
      // that were not applied so nothing the user typed is lost.
      const kept = parse.problems.map((term) => term.raw).join(' ');
      const next = [outside, kept].filter(Boolean).join(' ');
      setApplied(outside);
      setText(next);
      setCaret(next.length);
      setOpen(false);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const apply = useCallback(
    (source: string, reason: 'typing' | 'commit') => {
      clearTimeout(timer.current);
      const next = parseAuditSearch(source, { columns, timeZone }).query;
      setApplied(format(next));
      onQueryChange(next, reason);
    },
    [columns, timeZone, format, onQueryChange],
  );

  const suggestions = useMemo(
    () =>
      open
        ? auditSearchSuggestions(text, caret, {
            columns,
            values: typeof values === 'function' ? values() : values,
          })
        : [],
    [open, text, caret, columns, values],
  );
  const problems = useMemo(
    () =>
      parse.problems.filter(
        (term) => !(term.problem?.code === 'empty-value' && term.start <= caret && caret <= term.end),
      ),
    [parse, caret],
  );

  return useMemo<AuditSearchBox>(() => {
    const choose = (index: number) => {
      const item = suggestions[index];
      if (!item) return;
      setText(item.text);
      setCaret(item.caret);
      setRestoreCaret(item.caret);
      setActiveIndex(-1);
      // A field name waits for its value; a value completes the term and applies it.
      setOpen(item.kind === 'field');
      if (item.kind === 'value') apply(item.text, 'commit');
    };
    return {
      text,
      parse,
      problems,
      suggestions,
      open: open && suggestions.length > 0,
      activeIndex: Math.min(activeIndex, suggestions.length - 1),
      caret: restoreCaret,
      change: (next, at) => {
        setText(next);
        setCaret(at);
        setRestoreCaret(undefined);
        setOpen(true);
        setActiveIndex(-1);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => apply(next, 'typing'), debounceMs);
      },
      moveCaret: (at) => {
        setCaret(at);
        setRestoreCaret(undefined);
      },
      keyDown: (key, altKey) => {
        const count = suggestions.length;
        if (key === 'ArrowDown' || key === 'ArrowUp') {
          if (!open || altKey) {
            setOpen(true);
            if (key === 'ArrowUp') setActiveIndex(-1);
            return true;
          }
          if (count === 0) return false;
          const from = activeIndex < 0 ? (key === 'ArrowDown' ? -1 : count) : activeIndex;
          setActiveIndex((from + (key === 'ArrowDown' ? 1 : -1) + count) % count);
          return true;
        }
        if (key === 'Enter') {
          if (open && activeIndex >= 0 && activeIndex < count) choose(activeIndex);
          else {
            setOpen(false);
            apply(text, 'commit');
          }
          return true;
        }
        if (key === 'Escape' && open && count > 0) {
          setOpen(false);
          setActiveIndex(-1);
          return true;
        }
        return false;
      },
      choose,
      close: () => {
        setOpen(false);
        setActiveIndex(-1);
      },
      replace: (start, end, replacement) => {
        const next = `${text.slice(0, start)}${replacement}${text.slice(end)}`;
        setText(next);
        setCaret(start + replacement.length);
        setRestoreCaret(start + replacement.length);
        apply(next, 'commit');
      },
    };
  }, [text, parse, problems, suggestions, open, activeIndex, restoreCaret, apply, debounceMs]);
}
