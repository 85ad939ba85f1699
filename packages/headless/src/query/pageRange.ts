/** Options of `pageRange`. */
export interface PageRangeOptions {
  /** The requested page, 0-based (clamped into range). */
  page: number;
  pageSize: number;
  /** Count of all matching events (0 while unknown). */
  total: number;
  /**
   * `total` is the least there can be, not the count: the server sent none and this page came back full
   * (`AuditList.totalIsLowerBound`). One more page is then offered after it, and no last page.
   * @default false
   */
  totalIsLowerBound?: boolean | undefined;
  /** Page numbers shown either side of the current one. @default 2 */
  siblings?: number | undefined;
}

/** Where a page sits among all of them, for "21–40 of 1,234" and numbered page buttons. */
export interface PageRange {
  /**
   * At least 1, so an empty list still has a (current) first page. With a lower-bound total, the pages known to
   * exist and the one after them.
   */
  readonly pageCount: number;
  /** The requested page clamped into range, 0-based. */
  readonly page: number;
  /** 1-based number of the first event on the page; 0 when there are none. */
  readonly from: number;
  /** 1-based number of the last event on the page. */
  readonly to: number;
  readonly total: number;
  /** `total` is a lower bound: the count, and so the last page, are not known (`totalIsLowerBound`). */
  readonly totalIsLowerBound: boolean;
  /** Page indexes to offer, with `null` for a gap: the first, the last and `siblings` either side of the current. */
  readonly pages: readonly (number | null)[];
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

/**
 * Page maths for numbered paging, in one place: count, clamped current page, the "from–to of total" numbers and
 * which page buttons to show.
 *
 * @example
 * ```ts
 * pageRange({ page: 5, pageSize: 20, total: 830 });
 * // { pageCount: 42, page: 5, from: 101, to: 120, pages: [0, null, 3, 4, 5, 6, 7, null, 41], … }
 * ```
 */
export function pageRange(options: PageRangeOptions): PageRange {
  const { page, pageSize, total, siblings = 2 } = options;
  const size = Math.max(1, Math.floor(pageSize));
  const count = Math.max(0, Math.floor(total));
  const open = options.totalIsLowerBound === true && count > 0;
  // Without a count, a full page is all that says more may follow: the next page is offered, and nothing past it.
  const pageCount = Math.max(1, Math.ceil(count / size)) + (open ? 1 : 0);
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pageCount - 1);
  const shown = new Set([0, pageCount - 1]);
  for (let index = current - siblings; index <= current + siblings; index++) {
    if (index >= 0 && index < pageCount) shown.add(index);
  }
  const pages: (number | null)[] = [];
  for (const index of [...shown].sort((a, b) => a - b)) {
    const previous = pages.at(-1);
    if (typeof previous === 'number' && index - previous > 1) pages.push(null);
    pages.push(index);
  }
  return {
    pageCount,
    page: current,
    from: count === 0 ? 0 : current * size + 1,
    to: Math.min(count, (current + 1) * size),
    total: count,
    totalIsLowerBound: open,
    pages,
    hasPrevious: current > 0,
    hasNext: current < pageCount - 1,
  };
}
