import type { Ref } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';

/** Props of {@link AuditErrorFallback}. */
export interface AuditErrorFallbackProps {
  onRetry: () => void;
  /** The Retry button, which the boundary focuses when the failure took the focus away with the part. */
  retryRef?: Ref<HTMLButtonElement> | undefined;
}

/** What a part shows instead of itself after it failed: a short alert and a retry. No event data is shown. */
export function AuditErrorFallback({ onRetry, retryRef }: AuditErrorFallbackProps) {
  const { messages } = useAuditUi();
  return (
    <div data-slot="audit-state" className="auditkit-state" data-kind="error" role="alert">
      <p>
        <strong>{messages.partError}</strong>
      </p>
      <button ref={retryRef} type="button" onClick={onRetry}>
        <Icon name="refresh" />
        <span>{messages.retry}</span>
      </button>
    </div>
  );
}
