import { isAuditApiError, type AuditApiError } from '@auditkit/headless';
import type { FocusEvent, MouseEvent } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { tableErrorWords } from '../ui/tableErrorWords.ts';
import { ErrorFacts } from './ErrorFacts.tsx';

/** Props of {@link AuditTableError}. */
export interface AuditTableErrorProps {
  error: AuditApiError | Error;
  /** Called with the click (the table moves focus on once the button has left with its status). */
  onRetry: (event: MouseEvent<HTMLButtonElement>) => void;
  /**
   * Called as Retry takes focus: the error may leave without a click (the list asked again as the network comes
   * back or the window regains focus), and focus on its button fell to the page's body.
   */
  onRetryFocus?: ((event: FocusEvent<HTMLButtonElement>) => void) | undefined;
}

/**
 * What failed (the server's own message, or the library's in the log's language), the trace id to quote to
 * support, and a retry; "no permission" for a 403.
 */
export function AuditTableError({ error, onRetry, onRetryFocus }: AuditTableErrorProps) {
  const { messages, locale } = useAuditUi();
  const words = tableErrorWords(error, messages, locale);
  if (words.forbidden) {
    return (
      <div data-slot="audit-state" className="auditkit-state" data-kind="forbidden" role="alert">
        <p>{words.title}</p>
      </div>
    );
  }
  return (
    <div data-slot="audit-state" className="auditkit-state" data-kind="error" role="alert">
      <p>
        <strong>{words.title}</strong>
      </p>
      <p>{words.reason}</p>
      <ErrorFacts error={isAuditApiError(error) ? error : undefined} />
      <button type="button" onClick={onRetry} onFocus={onRetryFocus}>
        <Icon name="refresh" />
        <span>{messages.retry}</span>
      </button>
    </div>
  );
}
