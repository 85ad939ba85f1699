import { useAuditColumns } from '@auditkit/headless';
import { useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { errorText } from '../ui/errorText.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { RefreshFailedNotice } from './RefreshFailedNotice.tsx';
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
  const words = { title: messages.columnsFailed, reason, shown: messages.columnsFailedShown };
  return (
    <>
      {/* Present and empty from the first render (and out of the layout), so the words said into it are heard;
          emptied while a Retry is on its way, so a Retry that fails again is said again. */}
      <LiveRegion
        message={
          failed && !isFetching ? [words.title, words.reason, words.shown].filter(Boolean).join(' ') : ''
        }
      />
      {failed ? (
        <RefreshFailedNotice
          part="columns-failed"
          rootRef={ref}
          onFocus={onFocus}
          onBlur={onBlur}
          error={shownError ?? undefined}
          words={words}
          retrying={isFetching}
          onRetry={retryable ? () => void refetch() : undefined}
        />
      ) : null}
    </>
  );
}
