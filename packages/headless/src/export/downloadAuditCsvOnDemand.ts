import type { CsvExportResult, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

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
  const engine = await import('./downloadAuditCsv.ts');
  return engine.downloadAuditCsv(options);
}
