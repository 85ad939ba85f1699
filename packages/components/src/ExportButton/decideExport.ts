import {
  exportTimeColumns,
  planExportTarget,
  spreadsheetFormatForLocale,
  type AuditColumn,
  type CsvExportStartOptions,
  type CsvExportTarget,
  type ExportFormat,
  type ExportTargetPlan,
} from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { effectiveTimeZone } from '../ui/effectiveTimeZone.ts';
import { formatByteSize } from '../ui/formatByteSize.ts';
import { sentences } from '../ui/sentences.ts';
import type { ExportChoice } from './ExportOptions.tsx';

/** The dialog's choice as kept between openings: no format until the user picks one. */
export type ChosenExport = Omit<ExportChoice, 'format'> & { format: ExportFormat | undefined };

/** What {@link decideExport} reads: the choice, the screen, the columns, the count and the host's options. */
export interface ExportInputs {
  chosen: ChosenExport;
  locale: string | undefined;
  /** The zone the screen shows (`'local'`, `'UTC'` or a name; an unknown name falls back to UTC). */
  timeZone: string;
  columns: readonly AuditColumn[];
  visibleColumns: readonly AuditColumn[];
  /** Events the list says match (`exportOptionsFromList(list).expectedRows`), for the size estimate. */
  expectedRows: number | undefined;
  messages: Pick<
    AuditMessages,
    | 'exportByDownload'
    | 'exportByPicker'
    | 'exportToHost'
    | 'exportInMemoryWarning'
    | 'exportInMemoryWarningJsonl'
  >;
  target?: CsvExportTarget | undefined;
  inMemoryLimitBytes?: number | undefined;
}

/** What the export dialog shows and, on start, asks of `useCsvExport` (the query is the caller's to add). */
export interface ExportDecision {
  /** The choice with its format settled (the locale's spreadsheet format until the user picks one). */
  choice: ExportChoice;
  /** The zone the screen shows, resolved, for the times option. */
  screenZone: string;
  method: ExportTargetPlan['method'];
  /** Where the file goes, and its estimated size, as a sentence. */
  destination: string;
  request: Omit<CsvExportStartOptions, 'query' | 'strategy' | 'neutraliseFormulas' | 'saveBlob'>;
}

/**
 * Turns the export dialog's choice into what it shows and what an export will send: the format (the locale's
 * spreadsheet format until one is picked), the columns, the zone of the times (the screen's, or UTC when asked;
 * the engine writes plain CSV in UTC whatever it is given), where the file goes with its estimated size. Pure, and
 * run only while the dialog is open: the locale's number format and the zone are `Intl` look-ups a page that never
 * exports should not pay for on load.
 *
 * @example
 * ```ts
 * const { destination, request } = decideExport({ chosen, locale, timeZone, columns, visibleColumns, expectedRows, messages });
 * ```
 */
export function decideExport({
  chosen,
  locale,
  timeZone,
  columns,
  visibleColumns,
  expectedRows,
  messages,
  target,
  inMemoryLimitBytes,
}: ExportInputs): ExportDecision {
  const format = chosen.format ?? spreadsheetFormatForLocale(locale);
  const screenZone = effectiveTimeZone(timeZone);
  const chosenColumns = chosen.columns === 'all' ? columns : visibleColumns;
  const plan = planExportTarget({
    target,
    expectedRows,
    // As the engine counts them, so both choose the same way to save the file.
    columnCount: chosenColumns.length,
    format,
    inMemoryLimitBytes,
  });
  const size = plan.estimatedBytes === undefined ? '' : formatByteSize(plan.estimatedBytes, locale);
  const destination =
    plan.method === 'download'
      ? plan.overMemoryLimit
        ? sentences(
            messages.exportByDownload(size),
            // A JSON Lines file's size does not depend on the columns: only a shorter range helps.
            format === 'jsonl' ? messages.exportInMemoryWarningJsonl : messages.exportInMemoryWarning,
          )
        : messages.exportByDownload(size)
      : plan.method === 'file-picker'
        ? messages.exportByPicker(size)
        : messages.exportToHost;
  return {
    choice: { ...chosen, format },
    screenZone,
    method: plan.method,
    destination,
    request: {
      columns: chosenColumns.map(({ name, displayName }) => ({ name, displayName })),
      // Of every column, not only the chosen: a JSON Lines file holds every field, the hidden columns' too.
      timeColumns: exportTimeColumns(columns),
      format,
      timeZone: chosen.times === 'utc' ? 'UTC' : screenZone,
      target,
      expectedRows,
      inMemoryLimitBytes,
    },
  };
}
