import type { CsvExportTarget } from './csvSink.ts';
import { hasFilePicker } from './hasFilePicker.ts';
import type { ExportFormat } from './exportFormat.ts';

/** How an export will be saved. */
export interface ExportTargetPlan {
  /**
   * `'download'`: collected in memory and saved as a normal download (no dialog); `'file-picker'`: streamed to a
   * file the user picks; `'stream'`: into the host's own `WritableStream`.
   */
  method: 'download' | 'file-picker' | 'stream';
  /** Expected file size, when the row count is known. */
  estimatedBytes: number | undefined;
  /**
   * Set when `'auto'` builds the file in memory though it is expected to be larger than `inMemoryLimitBytes`,
   * because the browser has no file picker here (Firefox, Safari, phones, a frame of another origin). A UI should
   * say so before the click: a narrower export is safer.
   */
  overMemoryLimit?: true | undefined;
}

/** Options of `planExportTarget`. */
export interface PlanExportTargetOptions {
  /** @default 'auto' */
  target?: CsvExportTarget | undefined;
  /**
   * Rows the export will hold, when known before the click: `exportOptionsFromList(list).expectedRows`, which is
   * `undefined` while the list's `total` is a lower bound or the previous query's (then `'auto'` streams to a
   * picked file rather than promise a small download).
   */
  expectedRows?: number | undefined;
  /** Columns written (CSV). */
  columnCount: number;
  /** @default 'csv' */
  format?: ExportFormat | undefined;
  /** Largest file `'auto'` collects in memory for a normal download. @default 32 MiB */
  inMemoryLimitBytes?: number | undefined;
}

/** Default of `inMemoryLimitBytes`: safe to hold on a phone, about 130,000 rows of six columns. */
export const defaultInMemoryLimitBytes = 32 * 1024 * 1024;

// Measured on the mock's data: ~27 B a CSV cell, ~560 B a JSON line. Rounded up, so a borderline export
// streams to a file rather than straining memory.
const bytesPerCell = 40;
const bytesPerJsonLine = 800;

/** Estimated file size of an export, in bytes. */
export function estimateExportBytes(rows: number, columnCount: number, format: ExportFormat = 'csv'): number {
  const perRow = format === 'jsonl' ? bytesPerJsonLine : bytesPerCell * Math.max(1, columnCount) + 2;
  return Math.ceil(rows * perRow);
}

/**
 * Chooses how an export is saved, before the click, so the UI can say which will happen. `'auto'` downloads
 * normally when the expected file is small enough to hold in memory (or the browser has no file picker), and
 * streams to a picked file when it is large; `'download'` and `'file-picker'` force either.
 *
 * @example
 * planExportTarget({ expectedRows: 240, columnCount: 6 }); // { method: 'download', estimatedBytes: 58080 }
 */
export function planExportTarget(options: PlanExportTargetOptions): ExportTargetPlan {
  const { target = 'auto', expectedRows, columnCount, format = 'csv' } = options;
  const limit = options.inMemoryLimitBytes ?? defaultInMemoryLimitBytes;
  const estimatedBytes =
    expectedRows === undefined ? undefined : estimateExportBytes(expectedRows, columnCount, format);
  const fits = estimatedBytes !== undefined && estimatedBytes <= limit;
  if (typeof target === 'object') return { method: 'stream', estimatedBytes };
  if (target === 'download' || target === 'blob') return { method: 'download', estimatedBytes };
  if (target === 'file-picker') return { method: 'file-picker', estimatedBytes };
  if (!hasFilePicker())
    return {
      method: 'download',
      estimatedBytes,
      ...(estimatedBytes !== undefined && !fits && { overMemoryLimit: true as const }),
    };
  return { method: fits ? 'download' : 'file-picker', estimatedBytes };
}
