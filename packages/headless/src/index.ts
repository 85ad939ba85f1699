'use client';
// The one public face of @auditkit/headless for client code: the framework-free core (client, query model, URL
// codec, CSV engine; also alone at `@auditkit/headless/core`, React-free for the server) and thin React hooks on
// TanStack Query. `'use client'`: importing the hooks into a Server Component makes them client references
// instead of failing at build with `createContext is not a function`.

export * from './core.ts';

export {
  AuditProvider,
  useAuditContext,
  useOptionalAuditClient,
  useOptionalAuditContext,
} from './react/AuditProvider.tsx';
export type { AuditContextValue, AuditHookOptions, AuditProviderProps } from './react/AuditProvider.tsx';
export { auditRetryRule } from './react/auditRetryRule.ts';
export {
  auditColumnsQueryOptions,
  auditEventsQueryOptions,
  auditKeys,
  auditStatsQueryOptions,
  ipLocationQueryOptions,
  prefetchAuditEvents,
  prefetchedEventsFreshMs,
} from './react/auditQueryOptions.ts';
export type {
  AuditEventsPage,
  AuditEventsPages,
  AuditPageParam,
  AuditQueryOptions,
} from './react/auditQueryOptions.ts';
export { filterChipKey, timeChipKey, useActiveFilters } from './react/useActiveFilters.ts';
export type { ActiveFilters, AuditFilterChip } from './react/useActiveFilters.ts';
export { useAuditAccess } from './react/useAuditAccess.ts';
export type { AuditAccess, AuditAccessState } from './react/useAuditAccess.ts';
export { useAuditColumns } from './react/useAuditColumns.ts';
export { useAuditList } from './react/useAuditList.ts';
export { useAuditPageInRange } from './react/useAuditPageInRange.ts';
export type { AuditList, AuditPagingMode, UseAuditListOptions } from './react/useAuditList.ts';
export { useAuditListView } from './react/useAuditListView.ts';
export type {
  AuditListView,
  AuditListViewSource,
  AuditListViewStatus,
  UseAuditListViewOptions,
} from './react/useAuditListView.ts';
export { useAuditEvents } from './react/useAuditEvents.ts';
export type { UseAuditEventsOptions } from './react/useAuditEvents.ts';
export { useAuditEventsInfinite } from './react/useAuditEventsInfinite.ts';
export type { UseAuditEventsInfiniteOptions } from './react/useAuditEventsInfinite.ts';
export { useAuditQueryState } from './react/useAuditQueryState.ts';
export type {
  AuditQueryState,
  AuditQueryStateOptions,
  AuditQueryUrlOptions,
} from './react/useAuditQueryState.ts';
export { useAuditStats } from './react/useAuditStats.ts';
export type { UseAuditStatsOptions } from './react/useAuditStats.ts';
export { mergeColumnPreferences } from './react/mergeColumnPreferences.ts';
export { useColumnPreferences } from './react/useColumnPreferences.ts';
export type {
  ColumnPreferences,
  ColumnPreferencesState,
  UseColumnPreferencesOptions,
} from './react/useColumnPreferences.ts';
export { useControllableState } from './react/useControllableState.ts';
export type { Updater } from './react/useControllableState.ts';
export { useCreateAudit } from './react/useCreateAudit.ts';
export { useCsvExport } from './react/useCsvExport.ts';
export { exportOptionsFromList } from './export/exportOptionsFromList.ts';
export type { ExportSourceList, ListExportOptions } from './export/exportOptionsFromList.ts';
export { exportTimeColumns } from './export/exportTimeColumns.ts';
export type {
  CsvExport,
  CsvExportStartOptions,
  CsvExportState,
  CsvExportStatus,
} from './react/useCsvExport.ts';
export { useHydrated } from './react/useHydrated.ts';
export { useIpLocation } from './react/useIpLocation.ts';
export type { UseIpLocationOptions } from './react/useIpLocation.ts';
export { useNewEventsNotice } from './react/useNewEventsNotice.ts';
export type { NewEventsNotice, UseNewEventsNoticeOptions } from './react/useNewEventsNotice.ts';
export { useNewEventsSince } from './react/useNewEventsSince.ts';
export { useUnappliedFilters, type UseUnappliedFiltersOptions } from './react/useUnappliedFilters.ts';
export { useCsvExportUnapplied } from './react/useCsvExportUnapplied.ts';
export type { UseCsvExportUnappliedOptions } from './react/useCsvExportUnapplied.ts';
export type { NewEventsSince, UseNewEventsSinceOptions } from './react/useNewEventsSince.ts';

export { useSavedViews } from './views/useSavedViews.ts';
export type { AuditViewSnapshot, SavedViews, UseSavedViewsOptions } from './views/useSavedViews.ts';
export { SavedViewError, isSavedViewError } from './views/SavedViewError.ts';
export type { SavedViewErrorCode, SavedViewErrorDetail, SavedViewErrorInit } from './views/SavedViewError.ts';
export { useAuditSearchBox } from './search/useAuditSearchBox.ts';
export type { AuditSearchBox, UseAuditSearchBoxOptions } from './search/useAuditSearchBox.ts';
export type { AuditSearchLanguage } from './search/loadSearchLanguage.ts';
export { useLoadedAuditValues } from './search/useLoadedAuditValues.ts';
export { sameAuditFilters } from './query/sameAuditFilters.ts';
export { useAuditViews } from './views/useAuditViews.ts';
export type { AuditViews, UseAuditViewsOptions } from './views/useAuditViews.ts';
