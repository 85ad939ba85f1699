import { auditKeys, useAuditContext, type AuditList, type AuditQuery } from '@auditkit/headless';
import { useState } from 'react';

/** What {@link usePagerCount} gives the pager. */
export interface PagerCount {
  /** The count paged through (0 when there is none). */
  readonly total: number;
  readonly totalIsLowerBound: boolean;
  /** No count to show: the first answer is on its way, or the first page failed before any. */
  readonly pending: boolean;
  /**
   * The page asked for, past the first, failed before this query had any count: the pages up to it can be
   * offered, but no range and nothing after it.
   */
  readonly unknown: boolean;
}

interface Settled {
  key: string;
  total: number;
  totalIsLowerBound: boolean;
}

/**
 * The count behind the pager. The list's own, and while the list has failed (Query keeps no rows of a page that
 * failed, so it has no count) the one this query last settled on: a pager that hid itself then left a user on
 * page 50 of a failing API with Retry only.
 *
 * @example
 * ```ts
 * const { total, totalIsLowerBound, pending, unknown } = usePagerCount(list, query, legacy);
 * ```
 */
export function usePagerCount(list: AuditList, query: AuditQuery, legacy: boolean): PagerCount {
  const { client } = useAuditContext('Pagination');
  // What decides the count: not the page, its size or the order. Filters as `[column, values]` pairs in a fixed
  // order, as the headless package's keys hold them (`keyedQuery`): an object hashed key by copied key loses a
  // filter named `__proto__`, and two counts would be taken for one.
  const key = JSON.stringify([
    ...auditKeys.all(client),
    legacy,
    query.search,
    query.time,
    Object.entries(query.filters).sort(),
  ]);
  const [settled, setSettled] = useState<Settled>();
  // Only this query's own answer: while it refreshes, the rows (and count) may still be another query's.
  if (
    !list.isPending &&
    !list.isRefreshing &&
    !list.error &&
    list.total !== undefined &&
    (settled?.key !== key ||
      settled.total !== list.total ||
      settled.totalIsLowerBound !== list.totalIsLowerBound)
  )
    setSettled({ key, total: list.total, totalIsLowerBound: list.totalIsLowerBound });

  if (list.total !== undefined)
    return { total: list.total, totalIsLowerBound: list.totalIsLowerBound, pending: false, unknown: false };
  const last = list.error && settled?.key === key ? settled : undefined;
  const { page, pageSize } = query;
  // A lower bound counts events up to the page it was read on: the failed page after it is taken as full, as it
  // was while it loaded, or its range would end before it starts.
  if (last)
    return {
      total: last.totalIsLowerBound ? Math.max(last.total, (page + 1) * pageSize) : last.total,
      totalIsLowerBound: last.totalIsLowerBound,
      pending: false,
      unknown: false,
    };
  if (list.error && page > 0)
    return { total: (page + 1) * pageSize, totalIsLowerBound: false, pending: false, unknown: true };
  return { total: 0, totalIsLowerBound: false, pending: true, unknown: false };
}
