import { useAuditEvents, useCsvExport, type CsvExportTarget } from '@auditkit/headless';
import { useId, useState } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { Popover } from '../ui/Popover.tsx';

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  /** `'stream'`: one streamed export; `'paged'`: v2 export 200 events a request. @default 'stream' */
  strategy?: 'stream' | 'paged';
  /** Where the file goes. @default 'auto' (a file picker where the browser has one, else a download) */
  target?: CsvExportTarget;
  /** Neutralise spreadsheet formulas in cells. @default true */
  neutraliseFormulas?: boolean;
  /** How a finished file is saved when collected in memory (tests, custom download UI). */
  saveBlob?: (blob: Blob, fileName: string) => void;
  /** Which columns are offered first. @default 'visible' */
  defaultColumns?: 'visible' | 'all';
}

/**
 * Downloads every event matching the current filters as CSV, not just the page: the user picks the visible
 * columns in their order or all columns, sees progress (rows of total, a bar) with cancel, and ends with the row
 * count or the error and a retry. Disabled, with the reason, when the user may not read the audit log.
 *
 * @example
 * <ExportButton strategy="paged" />
 */
export function ExportButton({
  strategy,
  target,
  neutraliseFormulas,
  saveBlob,
  defaultColumns = 'visible',
}: ExportButtonProps) {
  const { messages, locale } = useAuditUi();
  const { queryState, columns, preferences } = useAuditState();
  const events = useAuditEvents(queryState.query);
  const csv = useCsvExport();
  const [which, setWhich] = useState(defaultColumns);
  const reasonId = useId();
  const forbidden = events.error?.status === 403;
  const fmt = (value: number) => formatNumber(value, locale);

  const start = () => {
    const chosen = which === 'all' ? columns : preferences.visibleColumns;
    void csv.start({
      query: queryState.query,
      columns: chosen.map(({ name, displayName }) => ({ name, displayName })),
      strategy,
      target,
      neutraliseFormulas,
      saveBlob,
    });
  };

  const running = csv.status === 'running';
  const percent = csv.total ? Math.floor((csv.rows / csv.total) * 10) * 10 : 0;
  const progressText = messages.exportProgress(fmt(csv.rows), csv.total === undefined ? '…' : fmt(csv.total));
  let message = '';
  let kind = '';
  if (csv.status === 'done') [message, kind] = [messages.exportDone(fmt(csv.rows)), 'done'];
  else if (csv.status === 'cancelled') [message, kind] = [messages.exportCancelled, 'cancelled'];
  else if (csv.status === 'error') {
    const error = csv.error;
    const reason = error && 'messages' in error ? error.messages.join(' ') : (error?.message ?? '');
    [message, kind] = [messages.exportFailed(reason), 'error'];
  }
  // Announce coarse progress (every 10%), not every batch of rows.
  const announcement = running ? messages.exportProgress(`${percent}%`, '100%') : message;

  return (
    <div data-slot="audit-export" data-state={csv.status}>
      <Popover
        label={messages.exportCsv}
        icon="download"
        title={messages.exportCsv}
        slot="audit-export-trigger"
        disabled={forbidden}
        describedBy={forbidden ? reasonId : undefined}
      >
        {() => (
          <>
            <fieldset data-slot="audit-option-group" disabled={running}>
              <legend data-slot="audit-visually-hidden">{messages.columns}</legend>
              <label data-slot="audit-option">
                <input
                  type="radio"
                  name="auditkit-export-columns"
                  checked={which === 'visible'}
                  onChange={() => setWhich('visible')}
                />
                {messages.exportVisibleColumns}
              </label>
              <label data-slot="audit-option">
                <input
                  type="radio"
                  name="auditkit-export-columns"
                  checked={which === 'all'}
                  onChange={() => setWhich('all')}
                />
                {messages.exportAllColumns}
              </label>
            </fieldset>
            {running ? (
              <div data-slot="audit-export-progress">
                <progress value={csv.rows} max={csv.total ?? undefined} aria-label={progressText} />
                <span>{progressText}</span>
                <button type="button" onClick={csv.cancel}>
                  {messages.exportCancel}
                </button>
              </div>
            ) : (
              <button type="button" data-variant="primary" onClick={start}>
                {csv.status === 'error' ? messages.retry : messages.exportStart}
              </button>
            )}
            {message ? (
              <p
                data-slot="audit-export-message"
                data-kind={kind}
                role={kind === 'error' ? 'alert' : undefined}
              >
                {message}
              </p>
            ) : null}
          </>
        )}
      </Popover>
      {csv.status !== 'idle' ? (
        // Visible next to the button too, so closing the dialog never hides a running export.
        <span data-slot="audit-export-status" data-kind={kind || 'running'}>
          {running ? progressText : message}
        </span>
      ) : null}
      {forbidden ? (
        <span id={reasonId} data-slot="audit-export-reason">
          {messages.exportNoPermission}
        </span>
      ) : null}
      <LiveRegion message={announcement} />
    </div>
  );
}
