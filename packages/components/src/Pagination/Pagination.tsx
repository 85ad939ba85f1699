import {
  auditPageSizes,
  useAuditList,
  useOptionalAuditContext,
  type AuditContextValue,
  type AuditPageSize,
} from '@auditkit/headless';
import { useEffect, useId, useRef } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { useAnnouncement } from '../ui/useAnnouncement.ts';
import { PageStepButton } from './PageStepButton.tsx';
import { usePagerRange } from './usePagerRange.ts';
import { usePageStepFocus } from './usePageStepFocus.ts';

/** The `AuditProvider`s whose pager under infinite scrolling was warned about: once each. */
const warnedInfinite = new WeakSet<AuditContextValue>();

/** Props of {@link Pagination}. */
export interface PaginationProps {
  /** Page sizes offered. @default [20, 50, 100, 200] */
  pageSizes?: readonly AuditPageSize[] | undefined;
  className?: string | undefined;
}

/**
 * Numbered pages for the current query: "1–20 of 12,345", first/previous/next/last and page-number buttons
 * (the current one marked `aria-current="page"`), and a page-size select. Nothing under an `AuditStateProvider`
 * with `paging="infinite"`, whose table scrolls instead.
 *
 * @example
 * ```tsx
 * <Pagination pageSizes={[20, 50]} />
 * ```
 */
export function Pagination(props: PaginationProps) {
  return (
    <AuditStateScope>
      <PaginationContent {...props} />
    </AuditStateScope>
  );
}

/**
 * The sizes to offer: the host's, and the one in use when it is not among them (a link's `pageSize`, the default
 * beside `pageSizes={[50, 100]}`). Without it the select showed its first option, a size nobody asked for, which
 * then could not be chosen (no change to report).
 */
function shownSizes(sizes: readonly AuditPageSize[], current: AuditPageSize): readonly AuditPageSize[] {
  return sizes.includes(current) ? sizes : [...sizes, current].sort((a, b) => a - b);
}

/**
 * Numbered pages where the list is read in them. Under infinite scrolling there are none to offer: the pager asked
 * the list in pages all the same, a second request beside the table's, and drew pages no table showed.
 */
function PaginationContent(props: PaginationProps) {
  const { paging } = useAuditState();
  const audit = useOptionalAuditContext();
  useEffect(() => {
    // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
    // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
    if (process.env.NODE_ENV === 'production' || paging === 'pages' || !audit || warnedInfinite.has(audit))
      return;
    warnedInfinite.add(audit);
    console.warn(
      `[auditkit] <Pagination> draws nothing under <AuditStateProvider paging="${paging}">: its table scrolls ` +
        'and loads more as it goes, with no pages to number. Remove the <Pagination>, or set paging="pages" on ' +
        'the AuditStateProvider for numbered pages.',
    );
  }, [paging, audit]);
  return paging === 'pages' ? <NumberedPages {...props} /> : null;
}

function NumberedPages({ pageSizes = auditPageSizes, className }: PaginationProps) {
  const { messages, locale } = useAuditUi();
  const { queryState, legacy } = useAuditState();
  const { query } = queryState;
  // The same list as the table's (one cache entry, one request).
  const list = useAuditList(query, { paging: 'pages', legacy });
  // No count to show (pending): before the first answer, and (without a count from the server) while an empty page
  // moves. A failed page keeps the count last answered, or, with none, offers the pages back to the first. While
  // other matches load, the range of the rows in sight (busy).
  const { total, totalIsLowerBound, pending, unknown, range, busy } = usePagerRange(list, query);
  const sizeId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const stepFocus = usePageStepFocus(listRef);
  const { page: current, pageCount } = range;
  const fmt = (value: number) => formatNumber(value, locale);
  const go = (page: number) => queryState.setPage(Math.max(0, Math.min(pageCount - 1, page)));
  const rangeText = range.totalIsLowerBound
    ? messages.rangeOfMany(fmt(range.from), fmt(range.to))
    : messages.range(fmt(range.from), fmt(range.to), fmt(total));
  const [announcement, announce] = useAnnouncement();
  // The range and count last shown once the list had answered (none before the first answer).
  const shown = useRef<{ range: string; count: string }>(undefined);
  const settled = !pending && !list.isRefreshing && !list.error;
  const count = totalIsLowerBound ? `${total}+` : `${total}`;
  useEffect(() => {
    if (!settled) return;
    const last = shown.current;
    shown.current = { range: rangeText, count };
    // Not on first load, and only once the new page has answered: a screen reader user who pressed "Next page"
    // heard nothing, the table's count ("240 events") being the same. A new count (a filter, new events) is said
    // by the table's own region, so the range is not said on top of it, and an older range is not left to be
    // read later as if it were the current one.
    if (!last || last.range === rangeText) return;
    announce(last.count === count ? rangeText : '');
  }, [settled, rangeText, count, announce]);
  return (
    <>
      {/* Until the first page answers there is no count to show: the bar keeps its place, unseen (styles.css),
          so its page numbers appearing with the count move nothing ("1" alone grew to "1 2 3 … 500" in sight). */}
      <nav
        aria-label={messages.paginationLabel}
        data-slot="audit-pagination"
        data-state={pending ? 'pending' : undefined}
        // The range and pages of the rows in sight while other matches load, as the table marks those rows.
        aria-busy={busy || undefined}
        data-loading={busy ? '' : undefined}
        className={cx('auditkit-pagination', className)}
      >
        {unknown ? null : (
          <span data-slot="audit-range" className="auditkit-range">
            {rangeText}
          </span>
        )}
        <ol ref={listRef} {...stepFocus}>
          <PageStepButton
            label={messages.firstPage}
            icon="chevronsLeft"
            disabled={!range.hasPrevious}
            onClick={() => go(0)}
          />
          <PageStepButton
            label={messages.previousPage}
            icon="chevronLeft"
            disabled={!range.hasPrevious}
            onClick={() => go(current - 1)}
          />
          {range.pages.map((page, index) =>
            page === null ? (
              <li key={`gap-${index}`} aria-hidden="true">
                …
              </li>
            ) : (
              <li key={page}>
                <button
                  type="button"
                  aria-label={messages.page(fmt(page + 1))}
                  aria-current={page === current ? 'page' : undefined}
                  onClick={() => go(page)}
                >
                  {fmt(page + 1)}
                </button>
              </li>
            ),
          )}
          <PageStepButton
            label={messages.nextPage}
            icon="chevronRight"
            disabled={!range.hasNext}
            onClick={() => go(current + 1)}
          />
          <PageStepButton
            label={messages.lastPage}
            icon="chevronsRight"
            // Without a count there is no last page to go to, only the next.
            disabled={!range.hasNext || range.totalIsLowerBound}
            onClick={() => go(pageCount - 1)}
          />
        </ol>
        <label data-slot="audit-page-size" className="auditkit-page-size" htmlFor={sizeId}>
          {messages.pageSize}
          <select
            id={sizeId}
            value={query.pageSize}
            onChange={(event) => queryState.setPageSize(Number(event.target.value) as AuditPageSize)}
          >
            {shownSizes(pageSizes, query.pageSize).map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </nav>
      {/* Beside the bar, not in it: the bar's text is the range drawn only. And only the range of the page asked
          for: while another page or search loads, the range said last is taken back at once, not when the answer
          arrives (seconds later on a slow network, or after the table's new count), even while the bar, busy,
          still draws it. Derived at render: emptied through `announce`, the region also lost a range about to be
          said (the answer came within a frame). */}
      <LiveRegion message={!busy && announcement === rangeText ? announcement : ''} />
    </>
  );
}
