// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEvent } from '../client/auditTypes.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import {
  useAuditListView,
  type AuditListView,
  type AuditListViewSource,
  type UseAuditListViewOptions,
} from './useAuditListView.ts';

const event = (id: number): AuditEvent => ({ frontegg_id: `e${id}`, createdAt: '2026-01-01T00:00:00Z' });
const rows = [event(1), event(2)];
const failed = new AuditApiError('Service unavailable', { kind: 'http', status: 503 });

/** A settled list with no events; each test says what differs. */
const listOf = (change: Partial<AuditListViewSource> = {}): AuditListViewSource => ({
  events: [],
  total: 0,
  totalIsLowerBound: false,
  error: null,
  isPending: false,
  isRefreshing: false,
  hasMore: false,
  ...change,
});

const query = (change: Partial<AuditQuery> = {}): AuditQuery => ({ ...defaultAuditQuery, ...change });

interface ViewProps {
  list: AuditListViewSource;
  query: AuditQuery;
  options?: UseAuditListViewOptions | undefined;
}

function renderView(list: AuditListViewSource, at: AuditQuery, options?: UseAuditListViewOptions) {
  return renderHook<AuditListView, ViewProps>(
    (props) => useAuditListView(props.list, props.query, props.options),
    { initialProps: { list, query: at, options } },
  );
}

describe('useAuditListView', () => {
  it('shows loading while the first answer is on its way, then the rows or that none match', () => {
    const first = query();
    const view = renderView(listOf({ isPending: true, total: undefined }), first);
    expect(view.result.current).toMatchObject({ status: 'loading', answered: false });
    view.rerender({ list: listOf({ events: rows, total: 2 }), query: first });
    expect(view.result.current).toMatchObject({ status: 'rows', answered: true, shownQuery: first });
    const none = query({ search: 'nothing matches' });
    view.rerender({ list: listOf(), query: none });
    expect(view.result.current).toMatchObject({ status: 'empty', shownQuery: none });
  });

  it('shows an empty answer kept while the next query loads as loading, not as "no events"', () => {
    // `isPending` alone is false here: the list keeps the previous answer as the next one's placeholder.
    const empty = query({ search: 'nothing matches' });
    const view = renderView(listOf(), empty);
    expect(view.result.current.status).toBe('empty');
    const cleared = query();
    view.rerender({ list: listOf({ isRefreshing: true }), query: cleared });
    expect(view.result.current).toMatchObject({ status: 'loading', answered: false, shownQuery: empty });
    view.rerender({ list: listOf({ events: rows, total: 2 }), query: cleared });
    expect(view.result.current).toMatchObject({ status: 'rows', answered: true, shownQuery: cleared });
  });

  it('keeps "empty" while the same query is asked again, without a loading flash', () => {
    const empty = query({ search: 'nothing matches' });
    const view = renderView(listOf(), empty);
    view.rerender({ list: listOf({ isRefreshing: true }), query: empty });
    expect(view.result.current.status).toBe('empty');
  });

  it('keeps the previous rows while the next query loads', () => {
    const first = query();
    const view = renderView(listOf({ events: rows, total: 2 }), first);
    view.rerender({
      list: listOf({ events: rows, total: 2, isRefreshing: true }),
      query: query({ page: 1 }),
    });
    expect(view.result.current).toMatchObject({ status: 'rows', answered: false, shownQuery: first });
  });

  it('says the error only when no events are kept', () => {
    const view = renderView(listOf({ error: failed, total: undefined }), query());
    expect(view.result.current.status).toBe('error');
    view.rerender({ list: listOf({ events: rows, total: 2, error: failed }), query: query() });
    expect(view.result.current.status).toBe('rows');
  });

  it('waits for what else the view waits for, and keeps the query shown until then', () => {
    const first = query();
    const view = renderView(listOf({ events: rows, total: 2 }), first, { pending: true });
    expect(view.result.current).toMatchObject({ status: 'loading', answered: false });
    const next = query({ search: 'login' });
    view.rerender({ list: listOf({ events: rows, total: 2 }), query: next, options: { pending: true } });
    expect(view.result.current.shownQuery).toBe(first);
    view.rerender({ list: listOf({ events: rows, total: 2 }), query: next, options: {} });
    expect(view.result.current).toMatchObject({ status: 'rows', shownQuery: next, listKey: 1 });
  });

  it('grows listKey for another list and pageKey for another page, once its answer is shown', () => {
    const answered = listOf({ events: rows, total: 60 });
    const filters = { severity: ['High', 'Critical'], action: ['user.login'] };
    const view = renderView(answered, query({ filters }));
    expect(view.result.current).toMatchObject({ listKey: 0, pageKey: 0 });
    // A new query object with the same values, its columns and values in another order (set again, ticked off and
    // on): the same list and page.
    const reordered = { action: ['user.login'], severity: ['Critical', 'High'] };
    view.rerender({ list: answered, query: query({ filters: reordered }) });
    expect(view.result.current).toMatchObject({ listKey: 0, pageKey: 0 });
    // Another page: the same list (an infinite list does not read the page index), another page.
    const second = query({ filters: reordered, page: 1 });
    view.rerender({ list: { ...answered, isRefreshing: true }, query: second });
    expect(view.result.current).toMatchObject({ listKey: 0, pageKey: 0 });
    view.rerender({ list: answered, query: second });
    expect(view.result.current).toMatchObject({ listKey: 0, pageKey: 1 });
    // Another sort, filter, search, time or page size: another list, and so another page.
    const changes: Partial<AuditQuery>[] = [
      { sort: { column: 'action', direction: 'asc' } },
      { filters: { severity: ['High'] } },
      { filters: { severity: ['High'] }, search: 'login' },
      { filters: { severity: ['High'] }, search: 'login', time: { preset: '7d' } },
      { filters: { severity: ['High'] }, search: 'login', time: { preset: '7d' }, pageSize: 50 },
    ];
    for (const [index, change] of changes.entries()) {
      view.rerender({ list: answered, query: query(change) });
      expect(view.result.current).toMatchObject({ listKey: index + 1, pageKey: index + 2 });
    }
  });

  it('says when the list ended short of the count', () => {
    const view = renderView(listOf({ events: rows, total: 300 }), query());
    expect(view.result.current.endedShort).toBe(true);
    view.rerender({ list: listOf({ events: rows, total: 300, hasMore: true }), query: query() });
    expect(view.result.current.endedShort).toBe(false);
    // A lower bound is no count: the list may simply not be known to end.
    view.rerender({ list: listOf({ events: rows, total: 300, totalIsLowerBound: true }), query: query() });
    expect(view.result.current.endedShort).toBe(false);
    view.rerender({ list: listOf({ events: rows, total: 2 }), query: query() });
    expect(view.result.current.endedShort).toBe(false);
  });
});
