// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { useActiveFilters } from './useActiveFilters.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

function render(query: AuditQuery) {
  return renderHook(() => {
    const state = useAuditQueryState({ defaultValue: query });
    return { state, active: useActiveFilters(state) };
  });
}

describe('useActiveFilters', () => {
  it('gives each chip its own key, even where column names and values hold `:`', () => {
    const { result } = render({
      ...defaultAuditQuery,
      search: 'x',
      time: { preset: '7d' },
      filters: Object.fromEntries([
        ['geo:country', ['DE']],
        ['geo', ['country:DE', 'country']],
        ['geo:country:DE', ['x']],
        ['time', ['x']],
        ['search', ['x']],
      ]),
    });
    const keys = result.current.active.chips.map((chip) => chip.key);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('removes only the chip asked for, when another filter read alike', () => {
    const { result } = render({
      ...defaultAuditQuery,
      filters: { 'geo:country': ['DE'], geo: ['country:DE'] },
    });
    const chip = result.current.active.chips.find((item) => item.kind === 'filter' && item.column === 'geo');
    act(() => chip!.remove());
    expect(result.current.state.query.filters).toEqual({ 'geo:country': ['DE'] });
    expect(result.current.active.chips.map((item) => item.kind === 'filter' && item.column)).toEqual([
      'geo:country',
    ]);
  });

  it('removing the search chip adds a history entry, so Back brings the search back', async () => {
    history.replaceState(null, '', '/portal?audit.q=login&audit.page=2');
    const { result } = renderHook(() => {
      const state = useAuditQueryState({ url: true });
      return { state, active: useActiveFilters(state) };
    });
    const length = history.length;
    act(() => result.current.active.chips.find((chip) => chip.kind === 'search')!.remove());
    expect(result.current.state.query.search).toBe('');
    expect(history.length).toBe(length + 1);
    act(() => history.back());
    await waitFor(() => expect(result.current.state.query.search).toBe('login'));
    expect(result.current.state.query.page).toBe(1);
  });
});
