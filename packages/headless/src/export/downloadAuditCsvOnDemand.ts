import type { CsvExportResult, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { assertExportFormat } from './exportFormat.ts';
import { exportRules } from './exportRules.ts';

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
  assertExportFormat(options.format ?? 'csv');
  const engine = await loadEngine();
  return engine.exportAuditEvents(options, exportRules);
}

// The engine, not `./downloadAuditCsv.ts`: the rules come from here, so the chunk imports none of the modules the
// package root exports for the UI (see ExportRules).
const loadEngine = () => import('./exportAuditEvents.ts');

/**
 * Fetches the export engine ahead of the first export (when the user points at or focuses an export control). The
 * file picker must open within the click that asks for it (a browser allows it a few seconds), and the engine
 * opens it: fetched in that click on a slow network, the picker was refused and the file went to memory instead.
 * A failed fetch is left for the export itself to report.
 */
export function preloadAuditExport(): void {
  loadEngine().catch(() => undefined);
}
