// @vitest-environment jsdom
// The query changed elsewhere (a filter control, a view) while the box held text typed and not yet applied: the text
// becomes the merge of both (a part changed elsewhere wins, typed words are added after), which the pending apply
// applies.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import { loadSearchLanguage } from './loadSearchLanguage.ts';
import { useAuditSearchBox } from './useAuditSearchBox.ts';

const language = () => import('../search.ts');

beforeAll(() => loadSearchLanguage(language));
afterEach(cleanup);

/** A box whose host applies what it is given, as a query state does; `set` changes the query elsewhere. */
function renderBox(debounceMs = 20) {
  let query: AuditSearchQuery = { search: '', time: null, filters: {} };
  const onQueryChange = vi.fn((next: AuditSearchQuery) => {
    query = next;
    hook.rerender();
  });
  const hook = renderHook(() =>
    useAuditSearchBox({ query, onQueryChange, language, columns: defaultAuditColumns, debounceMs }),
  );
  const type = (text: string) => act(() => hook.result.current.change(text, text.length));
  const set = (next: Partial<AuditSearchQuery>) => {
    query = { ...query, ...next };
    hook.rerender();
  };
  const current = () => query;
  return { result: hook.result, onQueryChange, type, set, current };
}

it('keeps a term typed before a range is picked, after the range, and applies both when the pause ends', async () => {
  const { result, onQueryChange, type, set, current } = renderBox();
  type('grace');
  set({ time: { preset: '30d' } });
  expect(result.current.text).toBe('created:30d grace');
  await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
  expect(current()).toEqual({ search: 'grace', time: { preset: '30d' }, filters: {} });
  expect(onQueryChange).toHaveBeenLastCalledWith(current(), 'typing');
  expect(result.current.text).toBe('created:30d grace');
});

it('keeps only what was typed since the last apply: a filter removed elsewhere stays removed', async () => {
  const { result, type, set, current } = renderBox();
  type('severity:high');
  act(() => void result.current.keyDown('Enter'));
  expect(current().filters).toEqual({ severity: ['High'] });
  type('severity:high login');
  // Its chip removed while `login` waits for the pause.
  set({ filters: {} });
  expect(result.current.text).toBe('login');
  await waitFor(() => expect(current().search).toBe('login'));
  expect(current().filters).toEqual({});
});

it('does not repeat a typed term the new query already says', () => {
  const { result, type, set } = renderBox();
  type('severity:High grace');
  set({ filters: { severity: ['High'] } });
  expect(result.current.text).toBe('severity:High grace');
});

// The later act wins: a range picked after one was typed replaces it (keeping the typed one, marked, would leave
// a conflict for the user to clean up that neither act asked for).
it('takes a range picked after another was typed: the pick applies, the typed range goes', async () => {
  const { result, type, set, current } = renderBox();
  type('created:7d');
  set({ time: { preset: '30d' } });
  expect(result.current.text).toBe('created:30d');
  expect(result.current.problems).toEqual([]);
  await waitFor(() => expect(current().time).toEqual({ preset: '30d' }));
  expect(result.current.text).toBe('created:30d');
});

it('states a typed word once when the new query already searches for it', async () => {
  const { result, onQueryChange, type, set, current } = renderBox();
  type('login');
  set({ search: 'login' });
  expect(result.current.text).toBe('login');
  await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
  expect(current().search).toBe('login');
  expect(result.current.text).toBe('login');
});

it('states a typed range once when the same range is set elsewhere', async () => {
  const { result, onQueryChange, type, set, current } = renderBox();
  type('created:7d');
  set({ time: { preset: '7d' } });
  expect(result.current.text).toBe('created:7d');
  expect(result.current.problems).toEqual([]);
  await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
  expect(current().time).toEqual({ preset: '7d' });
});

it('keeps an applied filter as edited when another part changes elsewhere, not widened to both values', async () => {
  const { result, type, set, current } = renderBox();
  type('severity:high');
  act(() => void result.current.keyDown('Enter'));
  type('severity:low');
  set({ time: { preset: '30d' } });
  // `low` is no level the API defines (see auditSeverities), so it applies as typed.
  expect(result.current.text).toBe('created:30d severity:low');
  await waitFor(() => expect(current().filters).toEqual({ severity: ['low'] }));
  expect(current().time).toEqual({ preset: '30d' });
});

it('keeps an applied word as edited when another part changes elsewhere', async () => {
  const { result, type, set, current } = renderBox();
  type('login');
  act(() => void result.current.keyDown('Enter'));
  type('logout');
  set({ time: { preset: '30d' } });
  expect(result.current.text).toBe('created:30d logout');
  await waitFor(() => expect(current().search).toBe('logout'));
  expect(current().time).toEqual({ preset: '30d' });
});

it('adds a typed word to a different one set elsewhere: every word must match, so both apply', async () => {
  const { result, type, set, current } = renderBox();
  type('grace');
  set({ search: 'foo' });
  expect(result.current.text).toBe('foo grace');
  await waitFor(() => expect(current().search).toBe('foo grace'));
});

it('applies what was typed at once when the box is left, without waiting for the pause', () => {
  const { result, onQueryChange, type, current } = renderBox(60_000);
  type('grace');
  act(() => result.current.close());
  expect(onQueryChange).toHaveBeenCalledTimes(1);
  expect(current().search).toBe('grace');
  // Nothing waits: leaving again applies nothing more.
  act(() => result.current.close());
  expect(onQueryChange).toHaveBeenCalledTimes(1);
});
