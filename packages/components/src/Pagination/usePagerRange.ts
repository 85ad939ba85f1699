import { pageRange, type AuditList, type AuditQuery, type PageRange } from '@auditkit/headless';
import { useState } from 'react';
import { sameMatches } from '../ui/sameQuery.ts';
import { pagerCount, type PagerCount } from './pagerCount.ts';

/** What {@link usePagerRange} gives the pager: the count drawn, its pages, and whether they are being replaced. */
export interface PagerRange extends PagerCount {
  /** The range and the page buttons to draw. */
  readonly range: PageRange;
  /**
   * The answer to other matches (a search, a filter, the time range) is on its way: `range` is still that of the
   * rows in sight, which the table keeps, marked busy, until it comes. Mark the bar busy too.
   */
  readonly busy: boolean;
}

/** A count the pager settled on, and the query it was of. */
interface Settled {
  readonly query: AuditQuery;
  readonly count: PagerCount;
}

const sameSettled = (a: Settled, b: Settled) =>
  sameMatches(a.query, b.query) &&
  a.query.page === b.query.page &&
  a.query.pageSize === b.query.pageSize &&
  a.count.total === b.count.total &&
  a.count.totalIsLowerBound === b.count.totalIsLowerBound &&
  a.count.unknown === b.count.unknown;

/**
 * The range the pager draws. Another page, page size or order of the same matches keeps their count, so the page
 * asked for is drawn against it at once ("21–40 of 240" as the next page loads). Other matches do not: while their
 * answer loads, the list's count is the previous query's, and the pager drew the new query's first page against
 * it ("1–20 of 240" for a search that may match 3), the range neither of the rows in sight nor of those to come.
 * It keeps the range it last settled on instead, the one of the rows the table keeps in sight, marked busy as the
 * table is (`busy`), until the new count is in: a sighted user sees the bar and the rows change together, and a
 * screen reader reading the bar meanwhile hears the range of the rows it can read, not a count nobody gave. A page
 * that fails is no answer to wait for: the pager then reads as `pagerCount` says.
 *
 * @example
 * ```ts
 * const { range, total, totalIsLowerBound, pending, unknown, busy } = usePagerRange(list, query);
 * ```
 */
export function usePagerRange(list: AuditList, query: AuditQuery): PagerRange {
  const count = pagerCount(list, query);
  // Only this query's own answer (`updatedAt`: none while the previous query's rows are kept): a render between
  // the new query and its loading state would otherwise settle the old count under the new query.
  const settledNow = !count.pending && !list.isRefreshing && !list.error && list.updatedAt !== undefined;
  const [last, setLast] = useState<Settled | undefined>(undefined);
  const now: Settled = { query, count };
  // Set while rendering, compared by value (a new query object may hold the same values): the busy range below is
  // then right in the render that first needs it.
  if (settledNow && (!last || !sameSettled(last, now))) setLast(now);
  const busy = list.isRefreshing && !list.error && last !== undefined && !sameMatches(last.query, query);
  const drawn = busy ? last : now;
  return {
    ...drawn.count,
    busy,
    range: pageRange({
      page: drawn.query.page,
      pageSize: drawn.query.pageSize,
      total: drawn.count.total,
      totalIsLowerBound: drawn.count.totalIsLowerBound,
    }),
  };
}
