import { chooseExportRequest } from './chooseExportRequest.ts';
import type { CsvExportResult, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { assertExportFormat } from './exportFormat.ts';
import { planExportTarget } from './planExportTarget.ts';

/**
 * `downloadAuditCsv` as the package exports it: the export engine (request, CSV scanning, neutralising, paging,
 * the file sink) is fetched the first time an export starts, so a page that only lists events never downloads
 * it. The function was already asynchronous, so callers see no difference beyond the first call's fetch.
 *
 * @example
 * ```ts
 * const result = await downloadAuditCsv({ client, query, columns });
 * ```
 */
export async function downloadAuditCsv(options: DownloadAuditCsvOptions): Promise<CsvExportResult> {
  // The engine, not `./downloadAuditCsv.ts`: the rules come from here, so the chunk imports none of the modules the
  // package root exports for the UI (see ExportRules).
  assertExportFormat(options.format ?? 'csv');
  const engine = await import('./exportAuditEvents.ts');
  return engine.exportAuditEvents(options, { planExportTarget, chooseExportRequest });
}
