import type { CsvExport, ExportTargetPlan, UnappliedFilter } from '@auditkit/headless';
import { useRef } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { UnappliedFilters } from '../FilterBar/UnappliedFilters.tsx';
import { ExportOptions, type ExportChoice } from './ExportOptions.tsx';
import { useExportPanelFocus } from './useExportPanelFocus.ts';
import type { ExportStatusText } from './useExportStatus.ts';

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  choice: ExportChoice;
  onChoice: (next: ExportChoice) => void;
  /** The zone the screen shows, named in the times option. */
  screenZone: string;
  /** What the file will not apply. */
  unapplied: readonly UnappliedFilter[];
  /** What names an item of `unapplied` (see `UnappliedFilters`' `labelOf`). */
  labelOf: (item: UnappliedFilter) => string;
  /** Where the file goes, and the sentence that says so. */
  method: ExportTargetPlan['method'];
  destination: string;
  /**
   * Said when the filters changed after the running or finished export started ('' for nothing): the file
   * follows them as they were.
   */
  startedFilters: string;
  /** The export's state; it outlives the panel (closing the dialog never stops an export). */
  csv: CsvExport;
  status: ExportStatusText;
  start: () => void;
  /** Id for the destination sentence, which describes the start button. */
  hintId: string;
}

/**
 * The export dialog's body: the choices, what the file will not apply, where it goes, then start, progress with
 * cancel, or the outcome. Only draws: ExportButton decides (the engine's own rules, `planExportTarget` and
 * `chooseExportRequest`, stay in the first load, which hands them to the engine's chunk). Loaded on demand with
 * the other toolbar panels.
 */
export function ExportPanel({
  choice,
  onChoice,
  screenZone,
  unapplied,
  labelOf,
  method,
  destination,
  startedFilters,
  csv,
  status,
  start,
  hintId,
}: ExportPanelProps) {
  const { messages } = useAuditUi();
  const running = csv.status === 'running';
  const { progressText, message, kind, announcement } = status;
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useExportPanelFocus(running, startRef, cancelRef);
  return (
    <>
      <ExportOptions value={choice} onChange={onChoice} screenZone={screenZone} disabled={running} />
      <UnappliedFilters
        id={`${hintId}-unapplied`}
        items={unapplied}
        labelOf={labelOf}
        title={messages.exportUnappliedTitle}
      />
      <p
        data-slot="audit-export-destination"
        className="auditkit-export-destination"
        data-method={method}
        id={`${hintId}-destination`}
      >
        {destination}
      </p>
      {/* Next to what it qualifies: the note and size above while the file is written, the outcome after. */}
      {running && startedFilters ? <StartedFilters text={startedFilters} /> : null}
      {running ? (
        <div data-slot="audit-export-progress" className="auditkit-export-progress">
          {/* No value while the total is unknown: a value with no maximum is measured against 1, so the first row
              filled the bar. Without one the bar is indeterminate (no `aria-valuenow`); the text says the rows. */}
          <progress
            {...(csv.total !== undefined && { value: csv.rows, max: csv.total })}
            aria-label={progressText}
          />
          <span>{progressText}</span>
          <button ref={cancelRef} type="button" onClick={csv.cancel}>
            {messages.exportCancel}
          </button>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          data-variant="primary"
          onClick={start}
          // What the file will leave out, then where it goes: tabbing from the options straight to Download skips
          // the note otherwise.
          aria-describedby={
            unapplied.length > 0
              ? `${hintId}-unapplied-title ${hintId}-unapplied ${hintId}-destination`
              : `${hintId}-destination`
          }
        >
          {csv.status === 'error' ? messages.retry : messages.exportStart}
        </button>
      )}
      {/* In the dialog, not only beside the button: while a modal dialog is open the page behind it, and its live
          region, are out of the accessibility tree. There from the start, so what it says next is read. */}
      <div
        role="status"
        aria-atomic="true"
        data-slot="audit-export-outcome"
        className="auditkit-export-outcome"
      >
        {running ? (
          <span data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
            {announcement}
          </span>
        ) : null}
        {message && kind !== 'error' ? (
          <p data-slot="audit-export-message" className="auditkit-export-message" data-kind={kind}>
            {message}
          </p>
        ) : null}
        {/* In the outcome's region: heard with it, as the filters changed while the file was written. */}
        {!running && message && startedFilters ? <StartedFilters text={startedFilters} /> : null}
      </div>
      {kind === 'error' ? (
        <p data-slot="audit-export-message" className="auditkit-export-message" data-kind={kind} role="alert">
          {message}
        </p>
      ) : null}
    </>
  );
}

function StartedFilters({ text }: { text: string }) {
  // The destination's muted look: a remark on the file, as it is.
  return (
    <p data-slot="audit-export-started-filters" className="auditkit-export-destination">
      {text}
    </p>
  );
}
