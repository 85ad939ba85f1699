import type { ComponentType } from 'react';
import { AuditErrorBoundary } from './AuditErrorBoundary.tsx';

/**
 * The part inside its own error boundary: if it fails to render it shows an error state with Retry and reports
 * to the nearest `onError`, and the parts beside it keep working.
 */
export function withAuditErrorBoundary<P extends object>(
  Part: ComponentType<P>,
  part: string,
): ComponentType<P> {
  function Guarded(props: P) {
    return (
      <AuditErrorBoundary part={part}>
        <Part {...props} />
      </AuditErrorBoundary>
    );
  }
  Guarded.displayName = part;
  return Guarded;
}
