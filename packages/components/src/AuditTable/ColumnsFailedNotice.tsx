import { useAuditColumns } from '@auditkit/headless';
import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { errorText } from '../ui/errorText.ts';
import { Icon } from '../ui/Icon.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { ErrorFacts } from './ErrorFacts.tsx';
import { useNoticeFocus } from './useNoticeFocus.ts';

/** Props of {@link ColumnsFailedNotice}. */
export interface ColumnsFailedNoticeProps {
  /**
   * The table says it could not load its events: the notice then shows nothing, so a server that is down gives one
   * message and one Retry (the table's, which asks for the columns too). @default false
   */
  listFailed?: boolean | undefined;
}

/**
 * Above the table once the column metadata could not be loaded: the log then shows Frontegg's standard columns,
 * and the tenant's own are missing from the table, the filters and the export with nothing else to say so. Says
 * that, why, and offers a Retry that asks for the metadata again. Nothing shows while the metadata loads (nor
 * on a 404, which is answered with the standard set) or once it has loaded: a later refresh that fails keeps the
 * tenant's columns. `<AuditTable>` places it just before its grid: when its Retry brings the columns, focus moves
 * to the grid.
 */
export function ColumnsFailedNotice({ listFailed = false }: ColumnsFailedNoticeProps) {
  const ui = useAuditUi();
  const { messages, locale } = ui;
  const { data, error, errorUpdateCount, isFetching, refetch } = useAuditColumns();
  const titleId = useId();
  // Asked again (its Retry, or a part that reads the columns mounting), a query without data is pending again and
  // its error is cleared: the notice stays, busy, and keeps saying why, so its Retry does not leave with focus.
  const [lastError, setLastError] = useState(error);
  if (error && error !== lastError) setLastError(error);
  const shownError = error ?? lastError;
  const failed = data === undefined && errorUpdateCount > 0 && !listFailed;
  // No Retry for a 403, as the table gives none: asking again cannot give a permission back.
  const retryable = failed && shownError?.status !== 403;
  const { ref, onFocus, onBlur } = useNoticeFocus(retryable);
  const reason = failed && shownError ? errorText(shownError, messages, locale) : '';
  return (
    <>
      {/* Present and empty from the first render (and out of the layout), so the words said into it are heard;
          emptied while a Retry is on its way, so a Retry that fails again is said again. */}
      <LiveRegion
        message={
          failed && !isFetching
            ? [messages.columnsFailed, reason, messages.columnsFailedShown].filter(Boolean).join(' ')
            : ''
        }
      />
      {failed ? (
        // A group named by its title, as the refresh notice: reaching its Retry, the user hears what it retries.
        <div
          ref={ref}
          role="group"
          aria-labelledby={titleId}
          data-slot="audit-columns-failed"
          // Its own class, and the refresh notice's look: the two notices are the same kind of thing.
          className="auditkit-columns-failed auditkit-refresh-failed"
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <div className="auditkit-refresh-failed-text">
            <p>
              <strong id={titleId}>{messages.columnsFailed}</strong> {reason}
            </p>
            <p>{messages.columnsFailedShown}</p>
            <ErrorFacts error={shownError ?? undefined} />
          </div>
          {retryable ? (
            // aria-disabled, not disabled, while it works: a disabled button would drop the focus it has.
            <button
              type="button"
              aria-disabled={isFetching || undefined}
              aria-busy={isFetching || undefined}
              onClick={isFetching ? undefined : () => void refetch()}
            >
              <Icon name="refresh" />
              <span>{messages.retry}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
