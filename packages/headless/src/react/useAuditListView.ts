import { hashKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { sameAuditFilters } from '../query/sameAuditFilters.ts';
import type { AuditList } from './useAuditList.ts';

/**
 * What a view shows in the events' place: why they could not load, a loading state, that none match, or the rows.
 */
export type AuditListViewStatus = 'error' | 'loading' | 'empty' | 'rows';

/** Options of `useAuditListView`. */
export interface UseAuditListViewOptions {
  /**
   * Something else the view waits for before it shows the list (its columns' metadata, say): `'loading'` meanwhile,
   * and `shownQuery` stays the one last shown. @default false
   */
  pending?: boolean | undefined;
}

/** What a view of an `AuditList` shows, and of which query (`useAuditListView`). */
export interface AuditListView {
  /**
   * What to show in the events' place. `'loading'` also while the previous query's empty answer is kept as the next
   * one loads: it says nothing of that query, and "No events" just after "Clear filters" would be false (and
   * alarming in an audit log). The same query asked again (a refresh, the window regaining focus) keeps its
   * `'empty'`, without a flash. `'error'` only when no events are kept: a failed refresh or next page keeps the rows
   * (`refreshError`, `loadMoreError`).
   */
  readonly status: AuditListViewStatus;
  /**
   * The query whose answer is on screen: the list keeps the previous answer while the next query loads, so this is
   * the query asked only once it has answered (or failed).
   */
  readonly shownQuery: AuditQuery;
  /**
   * The answer on screen is the query's own: no first answer on its way, no previous query's answer kept while it
   * loads. What to wait for before saying a count, or looking for an event in the rows.
   */
  readonly answered: boolean;
  /**
   * Grows when the rows shown become another list's: another search, time, filter, sort or page size, not another
   * page index (an infinite list does not read it). Key an infinite list's scroll by it, so it starts at its top.
   */
  readonly listKey: number;
  /**
   * Grows when the rows shown become another page's: another page index, or any change that grows `listKey`. Key
   * numbered pages' scroll by it: a tap on "Next page" at the foot of a long page otherwise shows the next one's foot.
   */
  readonly pageKey: number;
  /**
   * The server counted the events, no more will come (`hasMore` false), yet fewer are loaded than its count (a page
   * came back empty or repeated events, or the list reached `infiniteMaxEvents`): say what is loaded, not "All 300
   * events loaded", and count a grid's rows from the events loaded.
   */
  readonly endedShort: boolean;
}

/** The parts of an `AuditList` a view's state is decided from. */
export type AuditListViewSource = Pick<
  AuditList,
  'events' | 'total' | 'totalIsLowerBound' | 'error' | 'isPending' | 'isRefreshing' | 'hasMore'
>;

/**
 * Whether two queries ask for the same list, whatever their page index: a new query object may hold the same
 * values. The filters by headless's one rule (`sameAuditFilters`: columns and values in any order), the time as
 * the list's cache key reads it (an unset bound is none).
 */
function sameList(a: AuditQuery, b: AuditQuery): boolean {
  return (
    a.pageSize === b.pageSize &&
    a.search === b.search &&
    a.sort.column === b.sort.column &&
    a.sort.direction === b.sort.direction &&
    hashKey([a.time]) === hashKey([b.time]) &&
    sameAuditFilters(a.filters, b.filters)
  );
}

/**
 * What a view of the list shows, decided once for every UI on it: the list keeps the previous query's answer while
 * the next loads (`isRefreshing`), so `isPending` alone says "No events" for an old empty answer. Also which query
 * the rows are of, counters that grow when they become another list's or page's, and whether the list ended short
 * of its count.
 *
 * @example
 * ```tsx
 * const list = useAuditList(state.query);
 * const view = useAuditListView(list, state.query);
 * if (view.status === 'loading') return <p role="status">Loading…</p>;
 * if (view.status === 'empty') return <p role="status">No events match</p>;
 * if (view.status === 'error') return <p role="alert">{list.error?.message}</p>;
 * return <Rows key={view.pageKey} events={list.events} />;
 * ```
 */
export function useAuditListView(
  list: AuditListViewSource,
  query: AuditQuery,
  options: UseAuditListViewOptions = {},
): AuditListView {
  const pending = list.isPending || options.pending === true;
  const answered = !pending && !list.isRefreshing;
  const [shown, setShown] = useState({ query, listKey: 0, pageKey: 0 });
  // Adjusted during render, as React recommends, so no frame shows the new answer with the last one's keys.
  let now = shown;
  if (answered && shown.query !== query) {
    const same = sameList(shown.query, query);
    now = {
      query,
      listKey: same ? shown.listKey : shown.listKey + 1,
      pageKey: same && shown.query.page === query.page ? shown.pageKey : shown.pageKey + 1,
    };
    setShown(now);
  }
  const { events, total, error } = list;
  const empty = events.length === 0;
  const status: AuditListViewStatus =
    error && empty
      ? 'error'
      : pending || (empty && list.isRefreshing && now.query !== query)
        ? 'loading'
        : empty
          ? 'empty'
          : 'rows';
  const endedShort = total !== undefined && !list.totalIsLowerBound && !list.hasMore && events.length < total;
  return {
    status,
    shownQuery: now.query,
    answered,
    listKey: now.listKey,
    pageKey: now.pageKey,
    endedShort,
  };
}
