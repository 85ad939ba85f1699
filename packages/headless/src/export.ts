// `@auditkit/headless/export`: the CSV export engine and its parts, for code that builds its own export (a
// worker, a Node script, a server route) or reuses one step of it. React-free, like `core`.
//
// A subpath of its own, not the package root: the root's `downloadAuditCsv` fetches the engine on demand, and
// esbuild (unlike Rollup and Rolldown) moves every module an on-demand chunk shares with the entry's import graph
// into a chunk the entry loads at once, whether the entry uses it or not. Re-exported from the root, these parts
// made every host download the engine's transforms with the first page, a list hook alone included.

export { downloadAuditCsv, downloadAuditCsv as downloadAuditExport } from './export/downloadAuditCsv.ts';
export type {
  CsvExportProgress,
  CsvExportResult,
  DownloadAuditCsvOptions,
} from './export/downloadAuditCsv.ts';
export { createCsvNeutraliser } from './export/createCsvNeutraliser.ts';
export type { CsvNeutraliserOptions } from './export/createCsvNeutraliser.ts';
export type { OtherSeparator } from './export/CsvScanner.ts';
export { isFormulaCell } from './export/formulaCell.ts';
export { createCsvRewriter } from './export/createCsvRewriter.ts';
export type { CsvRewriterOptions } from './export/createCsvRewriter.ts';
export { createByteOrderMark, createCsvTimeRewriter } from './export/createCsvTimeRewriter.ts';
export type { CsvTimeRewriterOptions } from './export/createCsvTimeRewriter.ts';
export type { CsvExportTarget } from './export/csvSink.ts';
export { exportFormats, spreadsheetFormatForLocale } from './export/exportFormat.ts';
export type { ExportFormat } from './export/exportFormat.ts';
export { jsonLinesSource } from './export/jsonLinesSource.ts';
export type { JsonLinesSourceOptions } from './export/jsonLinesSource.ts';
export {
  defaultInMemoryLimitBytes,
  estimateExportBytes,
  planExportTarget,
} from './export/planExportTarget.ts';
export type { ExportTargetPlan, PlanExportTargetOptions } from './export/planExportTarget.ts';
export { chooseExportRequest } from './export/chooseExportRequest.ts';
export type { ExportRequestCandidates } from './export/chooseExportRequest.ts';
export { createZonedTimeFormatter } from './export/zonedTimeFormatter.ts';
export type { ZonedTimeFormatter } from './export/zonedTimeFormatter.ts';
export { exportFileName } from './export/exportFileName.ts';
export type { ExportFileNameParts } from './export/exportFileName.ts';
export { exportTimeColumns } from './export/exportTimeColumns.ts';
