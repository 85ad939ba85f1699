import type { ReactNode } from 'react';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { Pagination, type PaginationProps } from '../Pagination/Pagination.tsx';
import { renderAudit, type RenderAuditOptions } from './renderAudit.tsx';

/**
 * The table and its pager in one state provider (`before` drawn above them, e.g. a filter bar), and the pager's
 * navigation landmark, for the pager's tests to wait on and press.
 */
export async function renderTableAndPager(
  { before, pagination }: { before?: ReactNode | undefined; pagination?: PaginationProps | undefined } = {},
  options: RenderAuditOptions = {},
) {
  const rendered = await renderAudit(
    <>
      {before}
      <AuditTable />
      <Pagination {...pagination} />
    </>,
    options,
  );
  return { ...rendered, nav: rendered.screen.getByRole('navigation', { name: 'Pagination' }) };
}
