import { useAuditUi } from '../context/useAuditUi.ts';

/** Skeleton shown while the first page loads. */
export function AuditTableSkeleton({ columns }: { columns: number }) {
  const { messages } = useAuditUi();
  return (
    <div data-slot="audit-state" data-kind="loading" aria-busy="true">
      <span data-slot="audit-visually-hidden">{messages.loading}</span>
      {Array.from({ length: 5 }, (_, row) => (
        <div key={row} data-slot="audit-skeleton-row" aria-hidden="true">
          {Array.from({ length: Math.max(1, columns) }, (_, cell) => (
            <span key={cell} data-slot="audit-skeleton" />
          ))}
        </div>
      ))}
    </div>
  );
}
