// `@auditkit/headless/core`: the framework-free half of the package (client, query model, URL codec, CSV export).
// It imports no React, so a Server Component, a route handler or a Node script can call it; the package root
// re-exports all of it next to the hooks, for client code.

export { AuditApiError, isAuditApiError } from './client/AuditApiError.ts';
export { UNSHOWABLE_VALUE } from './client/unshowableValue.ts';
export type {
  AuditApiErrorCode,
  AuditApiErrorDetail,
  AuditApiErrorInit,
  AuditApiErrorKind,
} from './client/AuditApiError.ts';
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
export type { AuditClient } from './client/createAuditClient.ts';
export type { AuditClientOptions } from './client/createAuditTransport.ts';
export { createAuditListClient } from './client/createAuditListClient.ts';
export type { AuditListClient, AuditPlanRequestOptions } from './client/createAuditListClient.ts';
export { requireAuditClient } from './client/requireAuditClient.ts';
export type { AuditClientOnlyMethod } from './client/requireAuditClient.ts';
export { defaultAuditColumns } from './client/defaultAuditColumns.ts';
export { currentColumnTypes } from './client/currentColumnTypes.ts';
export { createRetryPolicy } from './client/retryPolicy.ts';
export type { RetryPolicy, RetryPolicyOptions } from './client/retryPolicy.ts';
export { auditTimeMs, parseAuditTime } from './client/parseAuditTime.ts';
export { sentEvent } from './client/keepSentEvents.ts';
export { auditEndpoints, encodeFilterValues, planAuditRequest } from './client/planAuditRequest.ts';
export { canSortBy } from './client/canSortBy.ts';
export type {
  AuditEndpoint,
  AuditRequestPlan,
  AuditRequestPurpose,
  PlanAuditRequestOptions,
  UnappliedFilter,
  UnappliedReason,
} from './client/planAuditRequest.ts';

export { auditPageSizes, auditTimePresets, defaultAuditQuery } from './query/AuditQuery.ts';
export {
  auditQueryLimits,
  auditQueryOverLimit,
  auditQueryOverLimitReason,
} from './query/auditQueryLimits.ts';
export type { AuditQueryOverLimitCode, AuditQueryOverLimitReason } from './query/auditQueryLimits.ts';
export { maxAuditSearchText } from './search/maxAuditSearchText.ts';
export type {
  AuditPageSize,
  AuditQuery,
  AuditSort,
  AuditTimePreset,
  AuditTimeRange,
} from './query/AuditQuery.ts';
export { firstSortDirection, nextAuditSort } from './query/nextAuditSort.ts';
export type { AuditSortColumn } from './query/nextAuditSort.ts';
export { auditEventPage } from './query/auditEventPage.ts';
export type { AuditEventPageOptions } from './query/auditEventPage.ts';
export { auditTimeAround } from './query/auditTimeAround.ts';
export { withAuditFilter } from './query/withAuditFilter.ts';
export { resolveTimeRange } from './query/resolveTimeRange.ts';
export type { ResolvedTimeRange } from './query/resolveTimeRange.ts';
export { toListParams } from './query/toListParams.ts';
export { filterableColumnNames, restrictQueryToColumns } from './query/restrictQueryToColumns.ts';
export { pageRange } from './query/pageRange.ts';
export { isoToZonedInput, resolveAuditTimeZone, zonedInputToIso } from './query/zonedDateTime.ts';
export type { ZonedInputOptions } from './query/zonedDateTime.ts';
export type { PageRange, PageRangeOptions } from './query/pageRange.ts';

export { ownValue } from './util/ownValue.ts';
// Event text as a UI shows it: invisible formatting characters (bidi overrides, zero-width, tags) made visible, and
// any value as text that never throws. Not on the list hook's path: a UI that renders events imports them itself.
export { revealHiddenText } from './util/revealHiddenText.ts';
export { valueToText } from './util/valueToText.ts';
// Who acted on an event, by the rule `<AuditLog>`'s user cell shows, for a UI of your own. Not on the list hook's
// path either.
export { auditActor } from './util/auditActor.ts';
export type { AuditActor, AuditActorEvent } from './util/auditActor.ts';
// Which URL in event text may become a link (http(s), an allowed origin, no credentials), as `<AuditLog links>` does.
export { allowedLink } from './util/allowedLink.ts';
export { queryFromSearch } from './url/queryFromSearch.ts';
export type { QueryFromSearchOptions } from './url/queryFromSearch.ts';
export { queryToSearch } from './url/queryToSearch.ts';
export { columnsFromSearch, columnsOverLimitReason, columnsToSearch } from './url/columnsSearch.ts';
export type { ColumnPreferences } from './query/ColumnPreferences.ts';
export type {
  ColumnsFromUrl,
  ColumnsOverLimitReason,
  ColumnsToSearchOptions,
  ColumnsUrlOptions,
} from './url/columnsSearch.ts';
export type { AuditUrlOptions, QueryToSearchOptions } from './url/queryToSearch.ts';
export {
  auditHistoryStateKey,
  isAuditHistoryEntry,
  subscribeAuditUrl,
  writeAuditUrl,
} from './url/auditUrlSync.ts';
export type { AuditHistoryMode, AuditPopEntry, AuditSearchWriter } from './url/auditUrlSync.ts';

export type { CsvExportTarget } from './export/csvSink.ts';
// The formula rule stays here too (small, and what a test or a server checks a file against).
export { isFormulaCell } from './export/formulaCell.ts';
// The export engine is its own chunk, fetched when an export starts (see downloadAuditCsvOnDemand.ts). Its parts
// (the streaming transforms, JSON Lines, file names) are at `@auditkit/headless/export`, not here: esbuild puts
// every module a lazy chunk shares with an entry's import graph into a chunk the entry loads at once, used or not,
// so re-exporting them here made every host download the engine's transforms.
export {
  downloadAuditCsv,
  downloadAuditCsv as downloadAuditExport,
  preloadAuditExport,
} from './export/downloadAuditCsvOnDemand.ts';
export { exportFormats, spreadsheetFormatForLocale } from './export/exportFormat.ts';
export type { ExportFormat } from './export/exportFormat.ts';
export {
  defaultInMemoryLimitBytes,
  estimateExportBytes,
  planExportTarget,
} from './export/planExportTarget.ts';
export type { ExportTargetPlan, PlanExportTargetOptions } from './export/planExportTarget.ts';
export { chooseExportRequest } from './export/chooseExportRequest.ts';
export type { ExportRequestCandidates } from './export/chooseExportRequest.ts';
export type {
  CsvExportProgress,
  CsvExportResult,
  DownloadAuditCsvOptions,
} from './export/downloadAuditCsv.ts';

// The search language's types and severities; its functions (parser, formatter, fields, suggestions) are at
// `@auditkit/headless/search`, not here: they load on demand behind `useAuditSearchBox`, and esbuild would put
// every module that an on-demand chunk shares with the root's import graph into the first load (see search.ts).
export { auditSeverities, knownSeverity } from './search/auditSeverities.ts';
export { auditSeverityOptions } from './search/auditSeverityOptions.ts';
export { auditSearchValuesFromEvents } from './search/auditSearchValuesFromEvents.ts';
export type {
  AuditSearchField,
  AuditSearchFieldKind,
  AuditSearchHint,
  AuditSearchOperator,
  AuditSearchOptions,
  AuditSearchParse,
  AuditSearchProblem,
  AuditSearchProblemCode,
  AuditSearchProblemReason,
  AuditSearchQuery,
  AuditSearchTerm,
} from './search/auditSearch.types.ts';
export type { AuditSearchFields } from './search/auditSearchFields.ts';
export type {
  AuditSearchSuggestion,
  AuditSearchSuggestionsOptions,
} from './search/auditSearchSuggestions.ts';
// Saved views' stored form: pure functions.
export { localStorageViewStorage } from './views/localStorageViewStorage.ts';
export { readStoredViews, writeStoredViews } from './views/storedViews.ts';
export { auditViewUrl } from './views/auditViewUrl.ts';
export type { AuditViewUrlOptions } from './views/auditViewUrl.ts';
export { auditEventUrl } from './views/auditEventUrl.ts';
export type { AuditEventUrlOptions } from './views/auditEventUrl.ts';
export { linkedEventFromSearch, withoutLinkedEvent } from './url/linkedEvent.ts';
export type { LinkedEventOptions } from './url/linkedEvent.ts';
export type {
  AuditStoredViews,
  AuditView,
  AuditViewDefinition,
  AuditViewOwner,
  AuditViewStorage,
} from './views/auditViews.types.ts';
