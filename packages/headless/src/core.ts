// `@auditkit/headless/core`: the framework-free half of the package (client, query model, URL codec, CSV engine).
// It imports no React, so a Server Component, a route handler or a Node script can call it; the package root
// re-exports all of it next to the hooks, for client code.

export { AuditApiError, isAuditApiError } from './client/AuditApiError.ts';
export type { AuditApiErrorInit, AuditApiErrorKind } from './client/AuditApiError.ts';
export type {
  AuditColumn,
  AuditColumnType,
  AuditEvent,
  AuditEventInput,
  AuditExportParams,
  AuditExportProperty,
  AuditListParams,
  AuditListResponse,
  AuditRequestOptions,
  AuditSeverity,
  AuditStats,
  IpLocation,
} from './client/auditTypes.ts';
export { createAuditClient } from './client/createAuditClient.ts';
export type { AuditClient, AuditClientOptions } from './client/createAuditClient.ts';
export { defaultAuditColumns } from './client/defaultAuditColumns.ts';
export { createRetryPolicy } from './client/retryPolicy.ts';
export type { RetryPolicy, RetryPolicyOptions } from './client/retryPolicy.ts';
export { toSearchParams } from './client/toSearchParams.ts';
export type { AuditApiVersion } from './client/toSearchParams.ts';

export { auditPageSizes, auditTimePresets, defaultAuditQuery } from './query/AuditQuery.ts';
export type {
  AuditPageSize,
  AuditQuery,
  AuditSort,
  AuditTimePreset,
  AuditTimeRange,
} from './query/AuditQuery.ts';
export { resolveTimeRange } from './query/resolveTimeRange.ts';
export type { ResolvedTimeRange } from './query/resolveTimeRange.ts';
export { toListParams } from './query/toListParams.ts';

export { queryFromSearch } from './url/queryFromSearch.ts';
export { queryToSearch } from './url/queryToSearch.ts';
export { columnsFromSearch, columnsToSearch } from './url/columnsSearch.ts';
export type { ColumnsFromUrl, ColumnsToSearchOptions, ColumnsUrlOptions } from './url/columnsSearch.ts';
export type { AuditUrlOptions, QueryToSearchOptions } from './url/queryToSearch.ts';
export {
  auditHistoryStateKey,
  isAuditHistoryEntry,
  subscribeAuditUrl,
  writeAuditUrl,
} from './url/auditUrlSync.ts';
export type { AuditHistoryMode, AuditSearchWriter } from './url/auditUrlSync.ts';

export { createCsvNeutraliser } from './export/createCsvNeutraliser.ts';
export type { CsvNeutraliserOptions } from './export/createCsvNeutraliser.ts';
export { isFormulaCell } from './export/formulaCell.ts';
export type { CsvExportTarget } from './export/csvSink.ts';
export { downloadAuditCsv } from './export/downloadAuditCsv.ts';
export type {
  CsvExportProgress,
  CsvExportResult,
  DownloadAuditCsvOptions,
} from './export/downloadAuditCsv.ts';
export { exportFileName } from './export/exportFileName.ts';
export type { ExportFileNameParts } from './export/exportFileName.ts';
