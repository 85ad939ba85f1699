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
