'use client';
// The one public face of @auditkit/components. Styles: import '@auditkit/components/styles.css'.
// `'use client'`: a Server Component (Next.js App Router) may render <AuditLog> directly; it is a client module.

export { AuditLog } from './AuditLog/AuditLog.tsx';
export type { AuditLogProps } from './AuditLog/AuditLog.tsx';
export { AuditRoot } from './AuditRoot/AuditRoot.tsx';
export type { AuditDensity, AuditRootProps, AuditTheme } from './AuditRoot/AuditRoot.tsx';
export { AuditStateProvider } from './AuditStateProvider/AuditStateProvider.tsx';
export type { AuditStateProviderProps } from './AuditStateProvider/AuditStateProvider.tsx';
export type { AuditStateOptions } from './AuditStateProvider/useAuditStateValue.ts';
export { useAuditState } from './AuditStateProvider/useAuditState.ts';
export type { AuditStateValue } from './AuditStateProvider/AuditStateContext.ts';
export { AuditUiProvider } from './context/AuditUiProvider.tsx';
export type { AuditUiProviderProps } from './context/AuditUiProvider.tsx';
export { useAuditUi } from './context/useAuditUi.ts';
export type { AuditUiValue, RelativeTimeFormatter } from './context/AuditUiContext.ts';
export { defaultMessages } from './messages/defaultMessages.ts';
export type { AuditMessages } from './messages/defaultMessages.ts';

export { AuditTable } from './AuditTable/AuditTable.tsx';
export type { AuditPagingMode, AuditTableProps } from './AuditTable/AuditTable.tsx';
export { AuditTableView } from './AuditTable/AuditTableView.tsx';
export type { AuditTableSort, AuditTableViewProps } from './AuditTable/AuditTableView.tsx';
export { FilterBar } from './FilterBar/FilterBar.tsx';
export type { FilterBarProps } from './FilterBar/FilterBar.tsx';
export { SearchBox } from './SearchBox/SearchBox.tsx';
export type { SearchBoxProps } from './SearchBox/SearchBox.tsx';
export { ColumnPicker } from './ColumnPicker/ColumnPicker.tsx';
export { ExportButton } from './ExportButton/ExportButton.tsx';
export type { ExportButtonProps } from './ExportButton/ExportButton.tsx';
export { Pagination } from './Pagination/Pagination.tsx';
export type { PaginationProps } from './Pagination/Pagination.tsx';
export { EventDetails } from './EventDetails/EventDetails.tsx';
export type { EventDetailsProps } from './EventDetails/EventDetails.tsx';
export { JsonTree } from './EventDetails/JsonTree.tsx';
export type { JsonTreeProps } from './EventDetails/JsonTree.tsx';
export { TimeZoneSelect } from './TimeZoneSelect/TimeZoneSelect.tsx';
export type { TimeZoneSelectProps } from './TimeZoneSelect/TimeZoneSelect.tsx';
export { NewEventsNotice } from './NewEventsNotice/NewEventsNotice.tsx';
export type { NewEventsNoticeProps } from './NewEventsNotice/NewEventsNotice.tsx';
export { StatsStrip } from './StatsStrip/StatsStrip.tsx';
export type { StatsStripProps } from './StatsStrip/StatsStrip.tsx';

export { TimestampCell } from './cells/TimestampCell.tsx';
export type { TimestampCellProps } from './cells/TimestampCell.tsx';
export { UserCell } from './cells/UserCell.tsx';
export type { UserCellEvent, UserCellProps } from './cells/UserCell.tsx';
export { SeverityBadge } from './cells/SeverityBadge.tsx';
export type { KnownSeverity, SeverityBadgeProps } from './cells/SeverityBadge.tsx';
export { IpAddressCell } from './cells/IpAddressCell.tsx';
export type { IpAddressCellProps } from './cells/IpAddressCell.tsx';
export { JsonCell } from './cells/JsonCell.tsx';
export type { JsonCellProps } from './cells/JsonCell.tsx';
export { AlphaNumericCell } from './cells/AlphaNumericCell.tsx';
export type { AlphaNumericCellProps } from './cells/AlphaNumericCell.tsx';
export { CellByType } from './cells/CellByType.tsx';
export type { CellByTypeProps } from './cells/CellByType.tsx';
export type { AuditColumnLike, AuditEventLike } from './types.ts';
