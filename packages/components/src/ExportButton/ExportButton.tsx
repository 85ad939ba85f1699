import {
  exportOptionsFromList,
  useAuditAccess,
  useAuditContext,
  useAuditList,
  useCsvExport,
  useCsvExportUnapplied,
  preloadAuditExport,
  type AuditQuery,
  type CsvExportTarget,
  type ExportFormat,
  type ExportTargetPlan,
  type UnappliedFilter,
} from '@auditkit/headless';
import { useId, useState } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { panels, preloadPanels } from '../ui/panels.ts';
import { Popover } from '../ui/Popover.tsx';
import { usePreloadWhenIdle } from '../ui/preloadWhenIdle.ts';
import { decideExport, type ChosenExport } from './decideExport.ts';
import { filterLabel } from '../ui/filterLabel.ts';
import { sameMatches } from '../ui/sameQuery.ts';
import { useExportStatus } from './useExportStatus.ts';

// Pointed at or focused: the dialog's body, and the export engine, whose file picker must open within the click on
// Download.
const preloadExport = () => {
  preloadPanels();
  preloadAuditExport();
};

// The dialog's body only draws and is not needed for the first paint: it comes with the other toolbar panels, on
// demand. What decides stays here: the export's state (it outlives the dialog), and the target and request rules,
// which the engine's own chunk shares (in the first load, they are in one place rather than a third chunk).
const ExportPanel = panels.part((module) => module.ExportPanel);

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  /**
   * `'stream'`: one streamed export; `'paged'`: 200 events a request (the v2 export, or the legacy one when a column
   * filter is active or the log reads the legacy list). @default 'stream'
   */
  strategy?: 'stream' | 'paged' | undefined;
  /**
   * Where the file goes. `'auto'`: a normal download when the file is small enough to hold in memory, a file
   * the user picks when it is large (falling back to the download where the browser refuses the picker);
   * `'download'` or `'file-picker'` force either; or a `WritableStream` of your own, which takes one export: give
   * the button a new stream for the next (an export into a used one fails before anything is requested).
   * @default 'auto'
   */
  target?: CsvExportTarget | undefined;
  /** Largest file `'auto'` downloads from memory. @default 32 MiB */
  inMemoryLimitBytes?: number | undefined;
  /** The format chosen when the dialog opens. @default from the locale: `'csv-semicolon'` where decimals use a comma, else `'csv'` */
  defaultFormat?: ExportFormat | undefined;
  /** Times in the zone the screen shows, or in UTC, when the dialog opens. @default 'screen' */
  defaultTimes?: 'screen' | 'utc' | undefined;
  /** Neutralise spreadsheet formulas in cells of the spreadsheet formats. @default true */
  neutraliseFormulas?: boolean | undefined;
  /** How a finished file is saved when collected in memory (tests, custom download UI). */
  saveBlob?: ((blob: Blob, fileName: string) => void) | undefined;
  /** Which columns are offered first. @default 'visible' */
  defaultColumns?: 'visible' | 'all' | undefined;
  /**
   * The tenant the file is named after (`audit-log_<tenant>_…`), such as its display name.
   * @default the tenant of the events shown, else the client's `tenantId`; with neither (a user token's client and
   * no events), the name has no tenant part
   */
  tenantLabel?: string | undefined;
}

/**
 * Downloads every event matching the current filters, not just the page. The dialog offers the format (CSV for
 * spreadsheets, the same with `;` for regions that write a decimal comma, plain CSV for scripts, JSON Lines),
 * the columns (visible in order, or all), the times (in the zone the screen shows, or UTC), and says before
 * the click whether the file downloads normally or streams to a file the user picks. Then progress (rows of
 * total, a bar) with cancel, and the row count or the error with a retry. Disabled, with the reason, when the
 * user may not read the audit log.
 *
 * @example
 * ```tsx
 * <ExportButton strategy="paged" />
 * ```
 */
export function ExportButton(props: ExportButtonProps) {
  return (
    <AuditStateScope>
      <ExportButtonContent {...props} />
    </AuditStateScope>
  );
}

function ExportButtonContent({
  strategy,
  target,
  inMemoryLimitBytes,
  defaultFormat,
  defaultTimes = 'screen',
  neutraliseFormulas,
  saveBlob,
  defaultColumns = 'visible',
  tenantLabel,
}: ExportButtonProps) {
  const { messages, locale, timeZone } = useAuditUi();
  // Outside a provider, the error names this component, not a hook inside it.
  useAuditContext('ExportButton');
  const { queryState, columns, preferences, paging, legacy } = useAuditState();
  // The view's own list (the table's cache entry, in its paging style: infinite mode no longer asks for an
  // unused page of 20): its total sizes the file, and the right to export follows from the API's answers.
  const list = useAuditList(queryState.query, { paging, legacy });
  const { canExport } = useAuditAccess();
  const csv = useCsvExport();
  // Kept here, not in the dialog's body: closing and reopening the dialog keeps the choice. No format until the
  // user picks one: the locale's default is read when the dialog opens (see decideExport).
  const [choice, setChoice] = useState<ChosenExport>(() => ({
    format: defaultFormat,
    columns: defaultColumns,
    times: defaultTimes,
  }));
  // What the file will not apply, known before the click (the engine decides the same way). Only JSON Lines
  // changes the request, so the two spreadsheet CSVs plan alike and the unread default can stand as 'csv'.
  const unapplied = useCsvExportUnapplied(queryState.query, {
    strategy,
    format: choice.format ?? 'csv',
    legacy: list.legacy,
  });
  // Filters as the filter bar names them: a column's display name alone said `users`, and severity in English. A
  // time bound as its note does too, the time range: by its column, the time column, it read "Time", as if it were
  // something else. A filter on that column keeps the column's name.
  const labelOf = (item: UnappliedFilter) =>
    item.kind === 'time' ? messages.timeRange : filterLabel(item.column, columns, messages);
  const reasonId = useId();
  const hintId = useId();
  const forbidden = !canExport;

  const running = csv.status === 'running';
  // What the dialog said of the file when it started: while it is written, the filters may change (the dialog
  // closed), and the current ones would size and describe another file.
  const [started, setStarted] = useState<StartedExport>();
  const filtersMoved =
    started !== undefined &&
    (running || csv.status === 'done') &&
    !sameMatches(started.query, queryState.query);
  const status = useExportStatus(csv, labelOf, typeof target !== 'object');
  const { progressText, message, kind, announcement } = status;
  usePreloadWhenIdle(panels.preload, !forbidden);

  return (
    <div data-slot="audit-export" className="auditkit-export" data-state={csv.status}>
      <Popover
        label={messages.exportCsv}
        icon="download"
        title={messages.exportCsv}
        slot="audit-export-trigger"
        disabled={forbidden}
        describedBy={forbidden ? reasonId : undefined}
        preload={preloadExport}
      >
        {() => {
          // What the list says of the file: a lower bound or the previous filter's count sizes none (20 rows seen
          // are no reason to build a file of millions in memory).
          const fromList = exportOptionsFromList(list);
          // What the open dialog says and its Download does, worked out only while it is open: the locale's number
          // format, the time zone's check and the size in words each cost the log's first render with rows a few
          // milliseconds of Intl set-up (bench/profile.mjs first) for a dialog most visits never open.
          const open = decideExport({
            chosen: choice,
            locale,
            timeZone,
            columns,
            visibleColumns: preferences.visibleColumns,
            expectedRows: fromList.expectedRows,
            messages,
            target,
            inMemoryLimitBytes,
          });
          const start = () => {
            setStarted({
              query: queryState.query,
              method: open.method,
              destination: open.destination,
              screenZone: open.screenZone,
              unapplied,
            });
            void csv.start({
              ...open.request,
              // Its size, its tenant (a user token's client knows none: the events do) and the list it reads.
              ...fromList,
              query: queryState.query,
              strategy,
              neutraliseFormulas,
              saveBlob,
              tenantLabel: tenantLabel ?? fromList.tenantLabel,
              offsetHeader: messages.exportOffsetHeader,
            });
          };
          // Once it has ended, Download starts a new export from the current filters, and these describe that one
          // (the outcome names what the finished file left out).
          const shown = running && started ? started : { ...open, unapplied };
          return (
            <ExportPanel
              choice={open.choice}
              onChoice={setChoice}
              screenZone={shown.screenZone}
              unapplied={shown.unapplied}
              labelOf={labelOf}
              method={shown.method}
              destination={shown.destination}
              startedFilters={filtersMoved ? messages.exportStartedFilters : ''}
              csv={csv}
              status={status}
              start={start}
              hintId={hintId}
            />
          );
        }}
      </Popover>
      {csv.status !== 'idle' ? (
        // Visible next to the button too, so closing the dialog never hides a running export.
        <span
          data-slot="audit-export-status"
          className="auditkit-export-status"
          data-kind={kind || 'running'}
        >
          {running ? progressText : message}
        </span>
      ) : null}
      {forbidden ? (
        <span id={reasonId} data-slot="audit-export-reason" className="auditkit-export-reason">
          {messages.exportNoPermission}
        </span>
      ) : null}
      <LiveRegion message={announcement} />
    </div>
  );
}

/** What the dialog said of an export when it started, kept for as long as it runs. */
interface StartedExport {
  /** The query the file follows. */
  query: AuditQuery;
  method: ExportTargetPlan['method'];
  /** Where the file goes, with its size estimated from the count at the start. */
  destination: string;
  /** The zone the file's times are written in: the log's zone may change while it runs. */
  screenZone: string;
  unapplied: readonly UnappliedFilter[];
}
