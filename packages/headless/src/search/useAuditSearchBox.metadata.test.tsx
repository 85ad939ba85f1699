// @vitest-environment jsdom
// In <AuditLog> the columns are the default ones until the metadata answers (at once, or after a failure and a
// Retry): a vendor column's term typed before then was refused as an unknown field, then showed unmarked once the
// metadata came, while the rows stayed unfiltered and nothing applied it.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import { loadSearchLanguage } from './loadSearchLanguage.ts';
import { useAuditSearchBox } from './useAuditSearchBox.ts';

const language = () => import('../search.ts');
const region: AuditColumn = { ...defaultAuditColumns[2]!, name: 'region', displayName: 'Region' };
const risk: AuditColumn = { ...defaultAuditColumns[2]!, name: 'Risk score', displayName: 'Risk score' };
const withRegion = [...defaultAuditColumns, region];
const empty: AuditSearchQuery = { search: '', time: null, filters: {} };

beforeAll(() => loadSearchLanguage(language));
afterEach(cleanup);

/** A box whose host keeps the query it is given, as a query state does; `columns` changes by `rerender`. */
function renderBox(columns: readonly AuditColumn[], initial: AuditSearchQuery = empty) {
  const onQueryChange = vi.fn();
  const hook = renderHook(
    ({ columns: current }: { columns: readonly AuditColumn[] }) => {
      const [query, setQuery] = useState(initial);
      return useAuditSearchBox({
        query,
        onQueryChange: (next, reason) => {
          onQueryChange(next, reason);
          setQuery(next);
        },
        columns: current,
        language,
        debounceMs: 20,
      });
    },
    { initialProps: { columns } },
  );
  const type = (text: string) => act(() => hook.result.current.change(text, text.length));
  const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));
  const marked = () => hook.result.current.problems.map((term) => [term.raw, term.problem?.code]);
  return { ...hook, onQueryChange, type, pause, marked };
}

it('applies a vendor column’s term typed just before the metadata came, when the pause ends', async () => {
  const box = renderBox(defaultAuditColumns);
  box.type('region:EU');
  box.rerender({ columns: withRegion });
  await box.pause();
  expect(box.onQueryChange).toHaveBeenCalledTimes(1);
  expect(box.onQueryChange).toHaveBeenLastCalledWith({ ...empty, filters: { region: ['EU'] } }, 'typing');
  expect(box.marked()).toEqual([]);
});

it('applies a term refused as an unknown field once the metadata makes it a column’s filter', async () => {
  const box = renderBox(defaultAuditColumns);
  box.type('region:EU login');
  await box.pause();
  expect(box.onQueryChange).toHaveBeenLastCalledWith({ ...empty, search: 'login' }, 'typing');
  expect(box.marked()).toEqual([['region:EU', 'unknown-field']]);
  // The metadata answers (after a Retry): the term is no longer marked, so it must apply, after a pause.
  box.rerender({ columns: withRegion });
  await waitFor(() =>
    expect(box.onQueryChange).toHaveBeenLastCalledWith(
      { search: 'login', time: null, filters: { region: ['EU'] } },
      'typing',
    ),
  );
  expect(box.result.current.text).toBe('region:EU login');
  expect(box.marked()).toEqual([]);
});

it('waits for the user to stop typing when the metadata comes, and applies what they typed', async () => {
  const box = renderBox(defaultAuditColumns);
  box.type('region:EU');
  await box.pause();
  box.rerender({ columns: withRegion });
  // Typing on before the check's pause ends: one apply, of the text as it is by then.
  box.type('region:EU logi');
  await box.pause();
  expect(box.onQueryChange).toHaveBeenCalledTimes(2);
  expect(box.onQueryChange).toHaveBeenLastCalledWith(
    { search: 'logi', time: null, filters: { region: ['EU'] } },
    'typing',
  );
});

it('keeps what is being typed when the metadata rewrites the query’s own terms', async () => {
  // A link's `audit.Risk+score=high`, written quoted until the metadata names the column.
  const box = renderBox(defaultAuditColumns, { ...empty, filters: { 'Risk score': ['high'] } });
  expect(box.result.current.text).toBe('"Risk score":high');
  box.type('"Risk score":high region:EU logi');
  box.rerender({ columns: [...withRegion, risk] });
  // It was rewritten as the query's text (`Risk_score:high`), losing the words typed, which never applied.
  expect(box.result.current.text).toBe('"Risk score":high region:EU logi');
  await box.pause();
  expect(box.onQueryChange).toHaveBeenLastCalledWith(
    { search: 'logi', time: null, filters: { 'Risk score': ['high'], region: ['EU'] } },
    'typing',
  );
});

it('keeps a term whose column is gone, marked and once, and applies what the text says', async () => {
  const box = renderBox(withRegion);
  box.type('region:EU actr:x');
  act(() => void box.result.current.keyDown('Enter'));
  expect(box.onQueryChange).toHaveBeenLastCalledWith({ ...empty, filters: { region: ['EU'] } }, 'commit');
  // The vendor removed the column.
  box.rerender({ columns: defaultAuditColumns });
  expect(box.result.current.text).toBe('region:EU actr:x');
  expect(box.marked()).toEqual([
    ['region:EU', 'unknown-field'],
    ['actr:x', 'unknown-field'],
  ]);
  // What the rows show agrees with the marks: nothing marked is applied.
  await waitFor(() => expect(box.onQueryChange).toHaveBeenLastCalledWith(empty, 'typing'));
  expect(box.result.current.text).toBe('region:EU actr:x');
});

it('keeps the box’s own text of a filter whose column is gone, marked, and the filter', async () => {
  const box = renderBox(withRegion, { ...empty, filters: { region: ['EU'] } });
  expect(box.result.current.text).toBe('region:EU');
  box.rerender({ columns: defaultAuditColumns });
  expect(box.result.current.text).toBe('region:EU');
  expect(box.marked()).toEqual([['region:EU', 'unknown-field']]);
  await box.pause();
  expect(box.onQueryChange).not.toHaveBeenCalled();
});
