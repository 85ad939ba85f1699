import type { MouseEvent } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link AuditTableEmpty}. */
export interface AuditTableEmptyProps {
  filtered: boolean;
  /** Called with the click (the table moves focus on once the button has left with its status). */
  onClear: (event: MouseEvent<HTMLButtonElement>) => void;
  /**
   * This page has no events though the count says there are some (removed since they were counted): said so,
   * not that there are none. @default false
   */
  emptyPage?: boolean | undefined;
  /** With `emptyPage`, goes to the first page; without it (already there) no button is offered. */
  onFirstPage?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
}

/** Says why nothing is shown: no events at all, none matching the filters, or none left on this page. */
export function AuditTableEmpty({ filtered, onClear, emptyPage = false, onFirstPage }: AuditTableEmptyProps) {
  const { messages } = useAuditUi();
  if (emptyPage)
    return (
      <div data-slot="audit-state" className="auditkit-state" data-kind="empty">
        <p>{messages.emptyPage}</p>
        {onFirstPage ? (
          <button type="button" onClick={onFirstPage}>
            {messages.emptyPageGoFirst}
          </button>
        ) : null}
      </div>
    );
  return (
    <div data-slot="audit-state" className="auditkit-state" data-kind="empty">
      <p>{filtered ? messages.emptyNoMatch : messages.emptyNoEvents}</p>
      {filtered ? (
        <button type="button" onClick={onClear}>
          {messages.clearFilters}
        </button>
      ) : null}
    </div>
  );
}
