import { useCallback } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditHookOptions } from './AuditProvider.tsx';
import { useAuditList, type UseAuditListOptions } from './useAuditList.ts';
import type { AuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

/** Options of `useNewEventsNotice`. */
export interface UseNewEventsNoticeOptions extends AuditHookOptions {
  /** The view's query state (the same one the table shows). */
  state: AuditQueryState;
  /** The paging style and options the table uses: they name the list "show them" refreshes. */
  list?: Pick<UseAuditListOptions, 'paging' | 'legacy' | 'infinitePageSize'>;
  /** Poll interval in ms. @default 30000 */
  interval?: number;
  /** @default true */
  enabled?: boolean;
}

/** What `useNewEventsNotice` gives. */
export interface NewEventsNotice {
  /** Newer events that match the filters (0 while none, or while the list is not newest first). */
  readonly total: number;
  readonly error: AuditApiError | null;
  /** Shows them: back to the first page if elsewhere, else asks the table's own list again. */
  showNew(): void;
}

/**
 * "12 new events, show them" for the list the table really shows: counts events newer than the newest one on
 * screen (only when sorted newest first), and `showNew()` refreshes that list, numbered pages or infinite. It
 * reads the table's list from the cache (same query and options), so it makes no list request of its own.
 *
 * @example
 * ```tsx
 * const { total, showNew } = useNewEventsNotice({ state, list: { paging: 'infinite' } });
 * {total > 0 ? <button onClick={showNew}>{total} new events, show them</button> : null}
 * ```
 */
export function useNewEventsNotice(options: UseNewEventsNoticeOptions): NewEventsNotice {
  const { state, interval, enabled = true } = options;
  const hook = { client: options.client, queryClient: options.queryClient };
  const { query, setPage } = state;
  const list = useAuditList(query, { ...hook, ...options.list, enabled });
  // Only when the list is newest first is its first row the newest event seen.
  const newestFirst = query.sort.column === 'createdAt' && query.sort.direction === 'desc';
  const since = newestFirst ? list.events[0]?.createdAt : undefined;
  const { total, error } = useNewEventsSince({
    ...hook,
    query,
    since,
    interval,
    enabled: enabled && newestFirst,
  });
  const { paging, refresh } = list;
  const page = query.page;
  const showNew = useCallback(() => {
    // Arriving on page 0 refetches it (it is stale); an infinite list starts at the top anyway.
    if (paging === 'pages' && page !== 0) setPage(0);
    else void refresh();
  }, [paging, page, setPage, refresh]);
  return { total, error, showNew };
}
