import type { AuditApiError } from '@auditkit/headless';
import { useId, type FocusEventHandler, type MouseEvent, type Ref } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { ErrorFacts } from './ErrorFacts.tsx';
import type { RefreshFailedWords } from './refreshFailedWords.ts';

/** Props of {@link RefreshFailedNotice}. */
export interface RefreshFailedNoticeProps {
  error: AuditApiError | undefined;
  /** Its words ({@link refreshFailedWords}), also said by the table's live region. */
  words: RefreshFailedWords;
  /** A retry is on its way: the button stays, busy, and keeps focus. */
  retrying: boolean;
  /** Asks again; without it the notice offers no Retry (the table gives none for a 403). */
  onRetry?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  /** The notice's element (a prop, not `ref`: React 18 passes no `ref` to a function component). */
  rootRef?: Ref<HTMLDivElement> | undefined;
  onFocus?: FocusEventHandler<HTMLDivElement> | undefined;
  onBlur?: FocusEventHandler<HTMLDivElement> | undefined;
  /**
   * The part it is: the columns' notice (`ColumnsFailedNotice`) draws through this one, under its own part name
   * and class beside this look. @default 'refresh-failed'
   */
  part?: 'refresh-failed' | 'columns-failed' | undefined;
}

/**
 * Above the table while the rows on screen are from an earlier answer and asking again for them failed: that they
 * could not be refreshed, why, as of when the rows are, and a Retry. Not a live region itself: the table's own
 * status region says these words (a region that appears with its words in it is not reliably heard).
 */
export function RefreshFailedNotice({
  error,
  words,
  retrying,
  onRetry,
  rootRef,
  onFocus,
  onBlur,
  part = 'refresh-failed',
}: RefreshFailedNoticeProps) {
  const { messages } = useAuditUi();
  const titleId = useId();
  return (
    // A group named by its title: reaching the Retry button by Tab or a screen reader's list of buttons, the user
    // hears what it retries.
    <div
      ref={rootRef}
      role="group"
      aria-labelledby={titleId}
      data-slot={`audit-${part}`}
      className={
        part === 'refresh-failed' ? 'auditkit-refresh-failed' : `auditkit-${part} auditkit-refresh-failed`
      }
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <div className="auditkit-refresh-failed-text">
        <p>
          <strong id={titleId}>{words.title}</strong> {words.reason}
        </p>
        {words.shown ? <p>{words.shown}</p> : null}
        <ErrorFacts error={error} />
      </div>
      {onRetry ? (
        // aria-disabled, not disabled, while it works: a disabled button would drop the focus it has.
        <button
          type="button"
          aria-disabled={retrying || undefined}
          aria-busy={retrying || undefined}
          onClick={retrying ? undefined : onRetry}
        >
          <Icon name="refresh" />
          <span>{messages.retry}</span>
        </button>
      ) : null}
    </div>
  );
}
