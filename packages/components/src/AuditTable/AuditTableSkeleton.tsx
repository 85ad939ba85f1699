import { useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { firstRowCount } from './useProgressiveRows.ts';

/** Props of {@link AuditTableSkeleton}. */
export interface AuditTableSkeletonProps {
  /** Bars per row: the visible columns when the skeleton is first drawn. */
  columns: number;
  /**
   * The rows the page will have. One placeholder is drawn for each row the table mounts in its first step (at
   * most `firstRowCount`), each as tall as a one-line event row (see styles.css), so the rows take the skeleton's
   * place and what is below the table (the pagination, the host's own content) stays where it is. @default 5
   */
  rows?: number | undefined;
}

/** Skeleton shown while the first page loads. */
export function AuditTableSkeleton({ columns, rows = 5 }: AuditTableSkeletonProps) {
  const { messages } = useAuditUi();
  // The bars are shared out across the row's width, so one more column (the metadata answering before the rows,
  // with a column the defaults did not show) moved every bar sideways: a layout shift of a placeholder. The first
  // count is kept while the skeleton shows.
  const [bars] = useState(() => Math.max(1, columns));
  return (
    <div data-slot="audit-state" className="auditkit-state" data-kind="loading" aria-busy="true">
      <span data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
        {messages.loading}
      </span>
      {Array.from({ length: Math.max(1, Math.min(rows, firstRowCount)) }, (_, row) => (
        <div key={row} data-slot="audit-skeleton-row" className="auditkit-skeleton-row" aria-hidden="true">
          {Array.from({ length: bars }, (_, cell) => (
            <span key={cell} data-slot="audit-skeleton" className="auditkit-skeleton" />
          ))}
        </div>
      ))}
    </div>
  );
}
