// @vitest-environment jsdom
// The search language is cached per module, once it has arrived: a file of its own, so here it fails first.
// A chunk that will not load (a deploy while the tab is open: the old chunk's hash is gone) looked like one still
// loading: Enter did nothing, and a custom UI had nothing to tell the user.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import type { AuditSearchLanguage } from './loadSearchLanguage.ts';
import { useAuditSearchBox } from './useAuditSearchBox.ts';

afterEach(cleanup);

// First: once a test below has loaded the language, it stays loaded for this file.
it('on a link with terms, fails once and shows it, rather than fetching again at every render', async () => {
  const language = vi.fn<() => Promise<AuditSearchLanguage>>().mockRejectedValue(new Error('blocked'));
  const query: AuditSearchQuery = { search: 'login', time: null, filters: {} };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange: vi.fn(), language }));
  await waitFor(() => expect(result.current.languageError).toEqual(new Error('blocked')));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(language).toHaveBeenCalledTimes(1);
  expect(result.current.ready).toBe(false);
  // The user's intent (focus on the box) tries again.
  act(() => result.current.load());
  await waitFor(() => expect(language).toHaveBeenCalledTimes(2));
  expect(result.current.languageError).toEqual(new Error('blocked'));
});

it('says the language failed to load, keeps the text, and applies it once a later try succeeds', async () => {
  const chunkGone = new TypeError('Failed to fetch dynamically imported module');
  const language = vi.fn<() => Promise<AuditSearchLanguage>>().mockRejectedValue(chunkGone);
  const onQueryChange = vi.fn();
  const query: AuditSearchQuery = { search: '', time: null, filters: {} };
  const { result } = renderHook(() => useAuditSearchBox({ query, onQueryChange, language, debounceMs: 10 }));

  act(() => result.current.change('login', 5));
  act(() => void result.current.keyDown('Enter'));
  await waitFor(() => expect(result.current.languageError).toBe(chunkGone));
  expect(result.current.ready).toBe(false);
  expect(result.current.text).toBe('login');
  expect(onQueryChange).not.toHaveBeenCalled();

  // Enter again tries again; the failure stays shown while that try is on its way.
  language.mockImplementation(() => import('../search.ts'));
  act(() => void result.current.keyDown('Enter'));
  expect(result.current.languageError).toBe(chunkGone);
  await waitFor(() => expect(result.current.ready).toBe(true));
  expect(result.current.languageError).toBeUndefined();
  expect(result.current.text).toBe('login');
  await waitFor(() =>
    expect(onQueryChange).toHaveBeenLastCalledWith({ search: 'login', time: null, filters: {} }, 'commit'),
  );
});
