import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';

/** Props of {@link AuditErrorFallback}. */
export interface AuditErrorFallbackProps {
  onRetry: () => void;
}

/** What a part shows instead of itself after it failed: a short alert and a retry. No event data is shown. */
export function AuditErrorFallback({ onRetry }: AuditErrorFallbackProps) {
  const { messages } = useAuditUi();
  return (
    <div data-slot="audit-state" className="auditkit-state" data-kind="error" role="alert">
      <p>
        <strong>{messages.partError}</strong>
      </p>
      <button type="button" onClick={onRetry}>
        <Icon name="refresh" />
        <span>{messages.retry}</span>
      </button>
    </div>
  );
}
