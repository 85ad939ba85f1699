import type { AuditList, AuditQuery } from '@auditkit/headless';

/** What {@link pagerCount} gives the pager. */
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

/**
 * The count behind the pager: the list's own, which a failed page keeps from the same filters (`AuditList.total`),
 * as a pager that hid itself then left a user on page 50 of a failing API with Retry only. Only what the list
 * cannot know is decided here: how to draw no count at all.
 *
 * @example
 * ```ts
 * const { total, totalIsLowerBound, pending, unknown } = pagerCount(list, query);
 * ```
 */
export function pagerCount(list: AuditList, query: AuditQuery): PagerCount {
  if (list.total !== undefined)
    return { total: list.total, totalIsLowerBound: list.totalIsLowerBound, pending: false, unknown: false };
  const { page, pageSize } = query;
  if (list.error && page > 0)
    return { total: (page + 1) * pageSize, totalIsLowerBound: false, pending: false, unknown: true };
  return { total: 0, totalIsLowerBound: false, pending: true, unknown: false };
}
