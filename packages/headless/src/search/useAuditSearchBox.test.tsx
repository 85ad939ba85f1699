// @vitest-environment jsdom
// The search language loads on demand (the host's `import()`, a chunk of its own). Each test file runs in fresh
// modules, so here it has not arrived when the first hook renders: these tests see the box before and after.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import { useAuditSearchBox } from './useAuditSearchBox.ts';

const language = () => import('../search.ts');

afterEach(cleanup);

it('keeps what is typed before the language arrives next to the query’s own terms, and applies both', async () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: { severity: ['High'] } };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language, debounceMs: 10 }));
  // The input is usable at once: empty (the filter's text needs the language), nothing applied yet.
  expect(result.current.ready).toBe(false);
  expect(result.current.text).toBe('');
  act(() => result.current.change('login', 5));
  expect(result.current.text).toBe('login');
  await waitFor(() => expect(result.current.ready).toBe(true));
  expect(result.current.text).toBe('severity:High login');
  // The severity filter from the URL is still there: the request never goes out without it.
  await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
  expect(onQueryChange).toHaveBeenLastCalledWith(
    { search: 'login', time: null, filters: { severity: ['High'] } },
    'typing',
  );
});

it('shows the query’s terms as soon as the language is there, and Enter applies at once', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: 'login', time: { preset: '7d' }, filters: {} };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language }));
  // Loaded by the test above (modules are shared within a file): a later box starts ready, with its text.
  expect(result.current.ready).toBe(true);
  expect(result.current.text).toBe('login created:7d');
  act(() => result.current.change('login created:7d actor:ada@acme.test', 35));
  act(() => void result.current.keyDown('Enter'));
  expect(onQueryChange).toHaveBeenCalledWith(
    { search: 'login', time: { preset: '7d' }, filters: { email: ['ada@acme.test'] } },
    'commit',
  );
});

it('keeps a users filter through an apply: it shows as users: and reads back', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: { users: ['u-1'] } };
  const { result } = renderHook(() =>
    useAuditSearchBox({ query, onQueryChange, language, columns: defaultAuditColumns }),
  );
  expect(result.current.text).toBe('users:u-1');
  expect(result.current.problems).toEqual([]);
  // The first Enter applied the box's text, which read back without the filter: every user's events.
  act(() => result.current.change('users:u-1 login', 15));
  act(() => void result.current.keyDown('Enter'));
  expect(onQueryChange).toHaveBeenLastCalledWith(
    { search: 'login', time: null, filters: { users: ['u-1'] } },
    'commit',
  );
});

it('on the legacy list, suggests no users: and marks a users filter with the email field to use instead', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: { users: ['u-1'] } };
  const { result } = renderHook(() =>
    useAuditSearchBox({ query, onQueryChange, language, columns: defaultAuditColumns, legacy: true }),
  );
  expect(result.current.text).toBe('users:u-1');
  expect(result.current.problems.map((term) => term.problem)).toEqual([
    expect.objectContaining({ code: 'unknown-field', reason: 'legacy-user-id', suggestion: 'actor' }),
  ]);
  act(() => result.current.change('users:u-1 us', 12));
  expect(result.current.suggestions.map((item) => item.label)).not.toContain('users:');
});

it('rewrites its own text when the metadata arrives, without keeping words that text no longer means', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: { 'Risk score': ['high'] } };
  const risk = { ...defaultAuditColumns[2]!, name: 'Risk score', displayName: 'Risk score' };
  const { result, rerender } = renderHook(
    ({ columns }: { columns?: readonly AuditColumn[] }) =>
      useAuditSearchBox({ query, onQueryChange, language, columns }),
    { initialProps: {} },
  );
  // Before the metadata the column is no search field: written under its own name, quoted since the bare form
  // cannot hold a space, so it reads back as an unknown field (the filter shown as a problem until then).
  expect(result.current.text).toBe('"Risk score":high');
  rerender({ columns: [...defaultAuditColumns, risk] });
  expect(result.current.text).toBe('Risk_score:high');
  expect(result.current.problems).toEqual([]);
  expect(onQueryChange).not.toHaveBeenCalled();
});

it('shows a filter on a column that is no field yet as a problem when the text is edited, not as free text', () => {
  const onQueryChange = vi.fn();
  // A link's `audit.2fa=x` before the metadata arrives: the column is not a search field yet.
  const query: AuditSearchQuery = { search: '', time: null, filters: { '2fa': ['x'] } };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language }));
  act(() => result.current.change(`${result.current.text} login`, result.current.text.length + 6));
  act(() => void result.current.keyDown('Enter'));
  // Written `2fa:x`, it was searched for as the words "2fa:x login", with no problem shown.
  expect(onQueryChange).toHaveBeenLastCalledWith({ search: 'login', time: null, filters: {} }, 'commit');
  expect(result.current.problems.map((term) => [term.raw, term.problem?.code])).toEqual([
    ['"2fa":x', 'unknown-field'],
  ]);
});

it('keeps load the same function across renders with an inline loader, so an effect can preload with it', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: {} };
  // As the README writes it: a new loader each render.
  const { result, rerender } = renderHook(() =>
    useAuditSearchBox({ query, onQueryChange, language: () => import('../search.ts') }),
  );
  const first = result.current.load;
  rerender();
  rerender();
  expect(result.current.load).toBe(first);
});

it('keeps a filter on a column called like an alias (`user`) that column’s when the text is edited', () => {
  const onQueryChange = vi.fn();
  // A link's `audit.user=bob`, a vendor's `user` column that is no search field: written `user:bob`, the edit
  // applied it as the actor `bob`, another result set, without a word.
  const query: AuditSearchQuery = { search: '', time: null, filters: { user: ['bob'] } };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language }));
  expect(result.current.text).toBe('"user":bob');
  act(() => result.current.change(`${result.current.text} login`, result.current.text.length + 6));
  act(() => void result.current.keyDown('Enter'));
  expect(onQueryChange).toHaveBeenLastCalledWith({ search: 'login', time: null, filters: {} }, 'commit');
  expect(result.current.problems.map((term) => [term.raw, term.problem?.code])).toEqual([
    ['"user":bob', 'unknown-field'],
  ]);
});

it('drops the highlight when the caret moves to another term, so Enter never picks an option not heard', () => {
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: {} };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language }));
  // Two terms that both suggest fields; the caret at the end of the second, `ac`, its first option highlighted.
  act(() => result.current.change('sev ac', 6));
  act(() => void result.current.keyDown('ArrowDown'));
  expect(result.current.activeIndex).toBe(0);
  // Left into the first term, `sev`: its own suggestions, under the same option ids.
  act(() => result.current.moveCaret(3));
  expect(result.current.suggestions.length).toBeGreaterThan(0);
  expect(result.current.activeIndex).toBe(-1);
  act(() => void result.current.keyDown('Enter'));
  // Enter applied the text as typed; it did not turn `sev` into the field the highlight now stood on.
  expect(result.current.text).toBe('sev ac');
  expect(onQueryChange).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'sev ac' }), 'commit');
});

/** A box whose host applies what it is given, as a query state does; `set` changes the query elsewhere. */
function renderApplyingBox() {
  let query: AuditSearchQuery = { search: '', time: null, filters: {} };
  const onQueryChange = vi.fn((next: AuditSearchQuery) => {
    query = next;
  });
  const hook = renderHook(() =>
    useAuditSearchBox({ query, onQueryChange, language, columns: defaultAuditColumns }),
  );
  const type = (text: string) => {
    act(() => hook.result.current.change(text, text.length));
    act(() => void hook.result.current.keyDown('Enter'));
    hook.rerender();
  };
  const set = (next: AuditSearchQuery) => {
    query = next;
    hook.rerender();
  };
  return { result: hook.result, onQueryChange, type, set };
}

it('re-judges the refused terms it keeps when the query changes elsewhere: none shows unmarked while not applied', () => {
  const { result, onQueryChange, type, set } = renderApplyingBox();
  type('created:7d created:today actr:x');
  expect(onQueryChange).toHaveBeenLastCalledWith(
    { search: '', time: { preset: '7d' }, filters: {} },
    'commit',
  );
  expect(result.current.problems.map((term) => term.problem?.code)).toEqual(['conflict', 'unknown-field']);
  // "All time" chosen in the time filter: `created:today`, refused only beside `created:7d`, would now apply, so
  // it goes with the range it conflicted with; the typo stays, still marked.
  set({ search: '', time: null, filters: {} });
  expect(result.current.text).toBe('actr:x');
  expect(result.current.parse.query.time).toBeNull();
  expect(result.current.problems.map((term) => term.raw)).toEqual(['actr:x']);
  // A later edit applies what the box shows, not the range the user has just cleared.
  type('actr:x login');
  expect(onQueryChange).toHaveBeenLastCalledWith({ search: 'login', time: null, filters: {} }, 'commit');
});

it('keeps a refused term the new query refuses too, still marked', () => {
  const { result, type, set } = renderApplyingBox();
  type('created:7d created:today');
  // A view with another range: `created:today` conflicts with it as well.
  set({ search: '', time: { preset: '30d' }, filters: {} });
  expect(result.current.text).toBe('created:30d created:today');
  expect(result.current.problems.map((term) => [term.raw, term.problem?.code])).toEqual([
    ['created:today', 'conflict'],
  ]);
});

it('drops values refused over the limit once Clear all makes room for them', () => {
  const { result, type, set } = renderApplyingBox();
  const actors = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, index) => `u${from + index}`).join(',');
  type(`actor:${actors(0, 90)} actor:${actors(90, 110)}`);
  expect(result.current.problems.map((term) => term.problem?.reason)).toEqual(['too-many-values']);
  // Clear all: the 20 refused actors would fit now; shown unmarked, they would apply at the next keystroke.
  set({ search: '', time: null, filters: {} });
  expect(result.current.text).toBe('');
  expect(result.current.problems).toEqual([]);
});
