import type { MouseEvent } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link AuditTableEmpty}. */
export interface AuditTableEmptyProps {
  filtered: boolean;
  /** Called with the click (the table moves focus on once the button has left with its status). */
  onClear: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** Says why nothing is shown: no events at all, or none matching the filters (with a way out). */
export function AuditTableEmpty({ filtered, onClear }: AuditTableEmptyProps) {
  const { messages } = useAuditUi();
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
