import type { AuditApiError } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** Props of {@link ErrorFacts}. */
export interface ErrorFactsProps {
  error: AuditApiError | undefined;
}

/**
 * What an API error tells the user beyond its message: when to try again (429, 503 with `Retry-After`) and the
 * trace id to quote to support. Shared by the table's error state and its refresh notice, so both say them alike.
 */
export function ErrorFacts({ error }: ErrorFactsProps) {
  const { messages, locale } = useAuditUi();
  return (
    <>
      {error?.retryAfter ? (
        <p>{messages.retryAfter(formatNumber(error.retryAfter, locale), error.retryAfter)}</p>
      ) : null}
      {error?.traceId ? (
        <p>
          <small>{messages.traceId(error.traceId)}</small>
        </p>
      ) : null}
    </>
  );
}
