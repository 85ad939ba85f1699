import { auditPageSizes, useAuditEvents, type AuditPageSize } from '@auditkit/headless';
import { useId } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { PageStepButton } from './PageStepButton.tsx';
import { pageNumbers } from './pageNumbers.ts';

/** Props of {@link Pagination}. */
export interface PaginationProps {
  /** Page sizes offered. @default [20, 50, 100, 200] */
  pageSizes?: readonly AuditPageSize[];
  className?: string;
}

/**
 * Numbered pages for the current query: "1–20 of 12,345", first/previous/next/last and page-number buttons
 * (the current one marked `aria-current="page"`), and a page-size select.
 *
 * @example
 * ```tsx
 * <Pagination pageSizes={[20, 50]} />
 * ```
 */
export function Pagination({ pageSizes = auditPageSizes, className }: PaginationProps) {
  const { messages, locale } = useAuditUi();
  const { queryState } = useAuditState();
  const { query } = queryState;
  const { data } = useAuditEvents(query);
  const sizeId = useId();
  const total = data?.total ?? 0;
  const count = Math.max(1, Math.ceil(total / query.pageSize));
  const current = Math.min(query.page, count - 1);
  const from = total === 0 ? 0 : current * query.pageSize + 1;
  const to = Math.min(total, (current + 1) * query.pageSize);
  const fmt = (value: number) => formatNumber(value, locale);
  const go = (page: number) => queryState.setPage(Math.max(0, Math.min(count - 1, page)));
  return (
    <nav aria-label={messages.paginationLabel} data-slot="audit-pagination" className={cx(className)}>
      <span data-slot="audit-range">{messages.range(fmt(from), fmt(to), fmt(total))}</span>
      <ol>
        <PageStepButton
          label={messages.firstPage}
          icon="chevronsLeft"
          disabled={current === 0}
          onClick={() => go(0)}
        />
        <PageStepButton
          label={messages.previousPage}
          icon="chevronLeft"
          disabled={current === 0}
          onClick={() => go(current - 1)}
        />
        {pageNumbers(current, count).map((page, index) =>
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
          disabled={current >= count - 1}
          onClick={() => go(current + 1)}
        />
        <PageStepButton
          label={messages.lastPage}
          icon="chevronsRight"
          disabled={current >= count - 1}
          onClick={() => go(count - 1)}
        />
      </ol>
      <label data-slot="audit-page-size" htmlFor={sizeId}>
        {messages.pageSize}
        <select
          id={sizeId}
          value={query.pageSize}
          onChange={(event) => queryState.setPageSize(Number(event.target.value) as AuditPageSize)}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
