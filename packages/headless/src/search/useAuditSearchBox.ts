import { useCallback, useEffect, useInsertionEffect, useMemo, useRef, useState } from 'react';
import type { AuditColumn } from '../client/auditTypes.ts';
import type {
  AuditSearchOptions,
  AuditSearchParse,
  AuditSearchQuery,
  AuditSearchTerm,
} from './auditSearch.types.ts';
import type { AuditSearchSuggestion } from './auditSearchSuggestions.ts';
import {
  loadedSearchLanguage,
  loadSearchLanguage,
  useSearchLanguage,
  useSearchLanguageError,
  type AuditSearchLanguage,
} from './loadSearchLanguage.ts';
import { mergeSearchText } from './mergeSearchText.ts';

/** Options of `useAuditSearchBox`. */
export interface UseAuditSearchBoxOptions {
  /**
   * The search part of the current query. The text follows it when it changes elsewhere (a chip, a view), merged
   * with what the user typed and has not applied yet, which the pending apply then applies: a range or filter
   * changed elsewhere wins over the typed one, typed words are added to the new query's.
   */
  query: AuditSearchQuery;
  /** Applies what the text says; `typing` for a debounced change, `commit` for Enter or a chosen suggestion. */
  onQueryChange: (query: AuditSearchQuery, reason: 'typing' | 'commit') => void;
  /**
   * The metadata columns, whose filterable ones are fields. When they change (the metadata arrives), the text the
   * user wrote stays and is read again: a term that names a new column applies as typing would. Keep the same array
   * while the columns are the same: a new one is read as new metadata.
   * @default defaultAuditColumns
   */
  columns?: readonly AuditColumn[] | undefined;
  /** IANA zone (or `'local'`) in which dates like `2026-11-01` are whole days. @default 'UTC' */
  timeZone?: string | undefined;
  /**
   * The list shown is the legacy `GET /audits` one (pass the list's own `legacy`): it cannot filter by user id, so
   * `users:` is not suggested, and a typed one is marked with the email field to use instead. @default false
   */
  legacy?: boolean | undefined;
  /** Values seen in the loaded events, by column, for suggestions (a function is asked only while open). */
  values?:
    ReadonlyMap<string, readonly string[]> | (() => ReadonlyMap<string, readonly string[]>) | undefined;
  /** Pause after typing before applying. @default 400 */
  debounceMs?: number | undefined;
  /**
   * Fetches the search language: `() => import('@auditkit/headless/search')`, which your bundler makes a chunk
   * loaded on demand (at once when the query has terms to show as text, else on `load()`, focus or typing). Only
   * the first box's loader is used.
   */
  language: () => Promise<AuditSearchLanguage>;
}

/** State and actions of a search box with suggestions (an ARIA combobox). */
export interface AuditSearchBox {
  readonly text: string;
  readonly parse: AuditSearchParse;
  /** Terms with a problem, minus a value still being typed at the caret. */
  readonly problems: AuditSearchParse['problems'];
  /**
   * Terms that apply with a value that may be a typo (`severity:Hihg`: see `AuditSearchTerm.hint`), minus the term
   * at the caret, which is still being typed.
   */
  readonly hints: readonly AuditSearchTerm[];
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
  /**
   * Handles a key of the combobox; returns true when it was used (the caller then prevents the default). Do not
   * pass the keys of an input method's composition (`event.isComposing`, or `keyCode` 229 in Safari): Enter then
   * confirms a Japanese, Chinese or Korean word, and the arrows pick among its candidates.
   */
  keyDown(key: string, altKey?: boolean): boolean;
  choose(index: number): void;
  /**
   * Closes the list and applies at once what is waiting for the pause: call it when the input loses focus, so a
   * control the user goes to next (a time range, Clear all) changes a query that has the typed text in it.
   */
  close(): void;
  /** Replaces a term's text (fixing a problem: `actr:` → `actor:`) and applies. */
  replace(start: number, end: number, replacement: string): void;
  /**
   * Whether the search language (parser, formatter, suggestions) has arrived: it loads on demand. Until then the
   * text is what was typed, with no suggestions or problems, and applying it waits for the language. Not ready and
   * no `languageError`: still loading.
   */
  readonly ready: boolean;
  /**
   * Why the search language could not be fetched (the loader's rejection: offline, its chunk gone after a deploy,
   * a blocked host), `undefined` while loading, once ready, and again when a later try succeeds. While it is set
   * nothing applies: tell the user (reloading the page fetches the current chunk). The text typed stays, and
   * applies when a later try succeeds.
   * @default undefined
   */
  readonly languageError: unknown;
  /**
   * Starts fetching the search language; call it on intent (focus, pointer over the input). Typing does too, and so
   * does Enter while it is not there: after a failure each of them tries again (`languageError` stays until one
   * succeeds).
   */
  load(): void;
}

/** Starts fetching the search language; a failure is kept for the box to show (see `languageError`). */
const preloadSearchLanguage = (load: () => Promise<AuditSearchLanguage>) =>
  void loadSearchLanguage(load).catch(() => undefined);

const noParse: AuditSearchParse = { query: { search: '', time: null, filters: {} }, terms: [], problems: [] };

/** Whether a query has terms the box's text would show (else its text is empty, language or not). */
const hasTerms = (query: AuditSearchQuery) =>
  query.search !== '' ||
  query.time !== null ||
  Object.values(query.filters).some((values) => (values?.length ?? 0) > 0);

/**
 * The decisions behind a search box that speaks the search language: text ↔ query both ways, debounced apply,
 * suggestions with keyboard selection, and problems to show in place. Draw it with any input and listbox.
 *
 * @example
 * ```tsx
 * const box = useAuditSearchBox({
 *   query: state.query,
 *   // A pause in typing replaces the history entry; Enter or a chosen suggestion adds one.
 *   onQueryChange: (q, reason) =>
 *     state.setQuery((p) => ({ ...p, ...q, page: 0 }), { history: reason === 'typing' ? 'typing' : 'push' }),
 *   language: () => import('@auditkit/headless/search'),
 * });
 * <input role="combobox" value={box.text} onChange={(e) => box.change(e.target.value, e.target.selectionEnd ?? 0)} />
 * ```
 */
export function useAuditSearchBox(options: UseAuditSearchBoxOptions): AuditSearchBox {
  const {
    query,
    onQueryChange,
    columns,
    timeZone,
    legacy,
    values,
    debounceMs = 400,
    language: loader,
  } = options;
  // The language loads on demand: at once when the query has terms to show as text, else on intent or typing.
  const language = useSearchLanguage();
  const languageError = useSearchLanguageError();
  const shows = hasTerms(query);
  // The latest loader, for the actions: a host passes an inline `() => import(…)`, a new one every render, and
  // `load` must stay the same function (see below) whatever its identity. Only the first loader is used anyway.
  const loaderRef = useRef(loader);
  useEffect(() => {
    loaderRef.current = loader;
  });
  // Started while rendering, not after the commit, so it is on its way with the list request (a module fetch,
  // idempotent); never on the server, which does not show the text (see useSearchLanguage). Not again after a
  // failure: the failure renders, which would fetch again, fail and render, for ever; the user's intent tries again.
  if (shows && languageError === undefined && typeof document !== 'undefined') preloadSearchLanguage(loader);
  // The text of the query as set elsewhere; `undefined` while the language needed to write it is on its way.
  const outside = !shows ? '' : language?.formatAuditSearch(query, { columns, timeZone, legacy });
  const [text, setText] = useState(outside ?? '');
  const [seen, setSeen] = useState(outside);
  const [caret, setCaret] = useState(text.length);
  const [restoreCaret, setRestoreCaret] = useState<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // The text of the query this box applied last: when the query comes back as that, the user's own wording stays.
  const [applied, setApplied] = useState(outside);
  // The same in the words it was written with (the user's, or the box's own): a term of the text that is not among
  // them was typed since, and has not applied yet.
  const [appliedWords, setAppliedWords] = useState(outside ?? '');
  // Whether the user has typed: what they typed before the query's own text could be written is kept.
  const [typed, setTyped] = useState(false);
  // The columns, zone and list of the last render: their change alone rewords the query, which is not a change of it.
  const [readWith, setReadWith] = useState<AuditSearchOptions>({ columns, timeZone, legacy });
  if (readWith.columns !== columns || readWith.timeZone !== timeZone || readWith.legacy !== legacy)
    setReadWith({ columns, timeZone, legacy });

  const parse = useMemo(
    () => (language ? language.parseAuditSearch(text, { columns, timeZone, legacy }) : noParse),
    [language, text, columns, timeZone, legacy],
  );

  if (outside !== undefined && seen !== outside) {
    setSeen(outside);
    if (seen === undefined && typed) {
      // The language arrived after the user typed into a box that could not show the query's terms yet: both
      // stay (the query's terms first), and the pending apply below applies them together, losing no filter.
      const next = [outside, text].filter(Boolean).join(' ');
      setApplied(outside);
      setAppliedWords(outside);
      setText(next);
      setCaret(next.length);
    } else if (
      language !== undefined &&
      seen !== undefined &&
      readWith.columns !== columns &&
      text !== applied &&
      language.formatAuditSearch(query, readWith) === seen
    ) {
      // Only the columns changed, not the query (the metadata arrived: `"Risk score":high` is now `Risk_score:high`).
      // The text is the user's (being typed, or applied with terms it refused) and stays: read with these columns
      // it may mean more (`region:EU` typed before the metadata came), which the check after the commit applies.
      setApplied(outside);
    } else if (outside !== applied) {
      // Changed elsewhere (a chip, a filter control, back/forward, a view), or written for the first time: rewrite
      // the text as the new query's. Text typed and not yet applied is merged with it (mergeSearchText: the later act
      // wins a range or a filter, typed words are added) and the pending apply applies the merge, so the box and the
      // URL agree; a refused term stays while the new query still refuses it. Text that is still the box's own
      // writing holds nothing typed: read with the metadata that has just arrived, its words may now mean something
      // else (`"Risk score":high`, written before `Risk score` was known as a column, was an unknown field and is now
      // the column's filter), and keeping those would put the filter in twice.
      const reader = {
        parse: (source: string) => language!.parseAuditSearch(source, { columns, timeZone, legacy }),
        format: (next: AuditSearchQuery) => language!.formatAuditSearch(next, { columns, timeZone, legacy }),
      };
      const next =
        text === applied ? outside : mergeSearchText(reader.parse(appliedWords).query, parse, query, reader);
      setAppliedWords(outside);
      setApplied(outside);
      setText(next);
      setCaret(next.length);
      setOpen(false);
    }
  }

  // The debounced apply, `undefined` when none is waiting (the user is not typing).
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The text as last drawn, for the debounced apply: the language's arrival may have added the query's terms.
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  });
  // The columns and zone of the last commit, for an apply set up by an earlier render: the metadata may have arrived
  // during the pause, or while the language was loading. Synced before any timer or handler can run.
  const reading = useRef<AuditSearchOptions>({ columns, timeZone, legacy });
  useInsertionEffect(() => {
    reading.current = { columns, timeZone, legacy };
  });
  // An apply asked for before the language arrived (a commit stays a commit): done when it is there.
  const pending = useRef<'typing' | 'commit' | undefined>(undefined);
  const apply = useCallback(
    (source: string, reason: 'typing' | 'commit') => {
      clearTimeout(timer.current);
      timer.current = undefined;
      // Read when called, not from the render: a debounced apply may run after the language has arrived.
      const ready = loadedSearchLanguage();
      if (!ready) {
        pending.current = reason === 'commit' ? reason : (pending.current ?? reason);
        preloadSearchLanguage(loaderRef.current);
        return;
      }
      const next = ready.parseAuditSearch(source, reading.current).query;
      setApplied(ready.formatAuditSearch(next, reading.current));
      setAppliedWords(source);
      onQueryChange(next, reason);
    },
    [onQueryChange],
  );
  useEffect(() => {
    const reason = pending.current;
    if (!language || reason === undefined || outside === undefined) return;
    pending.current = undefined;
    apply(text, reason);
  }, [language, outside, text, apply]);
  // New columns or another zone: the user's text, applied before with the old ones (`region:EU` refused as an
  // unknown field), may say something else now. Shown unmarked, it would look applied while the rows ignore it,
  // and nothing would apply it until the next keystroke; so it applies after a pause, as typing does. A term
  // that applied and no longer reads (a column the vendor removed) stays in the text, marked, and leaves the query.
  const checked = useRef<AuditSearchOptions>({ columns, timeZone, legacy });
  useEffect(() => {
    const { current } = checked;
    if (current.columns === columns && current.timeZone === timeZone && current.legacy === legacy) return;
    checked.current = { columns, timeZone, legacy };
    // Still typing: the pause applies the text with these columns. The box's own writing means the query.
    if (!language || outside === undefined || timer.current !== undefined || text === applied) return;
    const next = language.parseAuditSearch(text, { columns, timeZone, legacy }).query;
    if (language.formatAuditSearch(next, { columns, timeZone, legacy }) === outside) return;
    timer.current = setTimeout(() => apply(latest.current, 'typing'), debounceMs);
  }, [language, columns, timeZone, legacy, outside, text, applied, apply, debounceMs]);

  const suggestions = useMemo(
    () =>
      open && language
        ? language.auditSearchSuggestions(text, caret, {
            columns,
            legacy,
            values: typeof values === 'function' ? values() : values,
          })
        : [],
    [open, language, text, caret, columns, legacy, values],
  );
  // Stable, so a caller can preload with it from an effect (when idle) without rescheduling on every keystroke.
  const load = useCallback(() => preloadSearchLanguage(loaderRef.current), []);
  const problems = useMemo(
    () =>
      parse.problems.filter(
        (term) => !(term.problem?.code === 'empty-value' && term.start <= caret && caret <= term.end),
      ),
    [parse, caret],
  );
  const hints = useMemo(
    () => parse.terms.filter((term) => term.hint && !(term.start <= caret && caret <= term.end)),
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
      hints,
      suggestions,
      open: open && suggestions.length > 0,
      activeIndex: Math.min(activeIndex, suggestions.length - 1),
      caret: restoreCaret,
      change: (next, at) => {
        setText(next);
        setTyped(true);
        load();
        setCaret(at);
        setRestoreCaret(undefined);
        setOpen(true);
        setActiveIndex(-1);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => apply(latest.current, 'typing'), debounceMs);
      },
      moveCaret: (at) => {
        // The suggestions are the caret's term's: another place offers others, under the same option ids, so a
        // highlight kept by index would stand on an option the user never heard, which Enter would pick.
        if (at !== caret) setActiveIndex(-1);
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
          // The highlight as shown (`activeIndex` above is clamped to the list), so Enter picks what was heard.
          const shown = Math.min(activeIndex, count - 1);
          if (open && shown >= 0) choose(shown);
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
        // Leaving the box ends the pause: what was typed applies before the control the user went to changes the
        // query (a range picked, Clear all), so that change is made to the query with the typed text in it.
        if (timer.current !== undefined) apply(latest.current, 'typing');
      },
      replace: (start, end, replacement) => {
        const next = `${text.slice(0, start)}${replacement}${text.slice(end)}`;
        setText(next);
        setCaret(start + replacement.length);
        setRestoreCaret(start + replacement.length);
        apply(next, 'commit');
      },
      ready: language !== undefined,
      languageError,
      load,
    };
  }, [
    text,
    parse,
    problems,
    hints,
    suggestions,
    open,
    activeIndex,
    caret,
    restoreCaret,
    apply,
    debounceMs,
    language,
    languageError,
    load,
  ]);
}
