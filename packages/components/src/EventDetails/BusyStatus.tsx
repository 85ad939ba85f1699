import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link BusyStatus}. */
export interface BusyStatusProps {
  busy: boolean;
}

/**
 * Beside a details button that waits for a count before it changes the query: "Loading events…" for a screen
 * reader while it waits (`aria-busy` on a button is not announced). Always there, empty when idle, so the words
 * are read when they appear.
 */
export function BusyStatus({ busy }: BusyStatusProps) {
  const { messages } = useAuditUi();
  return (
    <span role="status" data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
      {busy ? messages.loading : ''}
    </span>
  );
}
