// Every part as exported: inside its own error boundary (AuditErrorBoundary), so a failure in one part shows that
// part's error state and reports to the nearest onError while the others, and the host page, keep working. The
// cells too, for a host's own table; inside <AuditLog> the rows use the bare cells under the table's boundary, so
// the log does not pay a boundary per cell.
// Each is annotated with its props type and carries its own TSDoc: a bare `withAuditErrorBoundary(...)` const
// reached the published .d.ts undocumented, and a part taking no props (ColumnPicker) as `ComponentType<object>`.
import type { ComponentType } from 'react';
import { AuditTable as AuditTablePart, type AuditTableProps } from './AuditTable/AuditTable.tsx';
import {
  AuditTableView as AuditTableViewPart,
  type AuditTableViewProps,
} from './AuditTable/AuditTableView.tsx';
import {
  AlphaNumericCell as AlphaNumericCellPart,
  type AlphaNumericCellProps,
} from './cells/AlphaNumericCell.tsx';
import { CellByType as CellByTypePart, type CellByTypeProps } from './cells/CellByType.tsx';
import { IpAddressCell as IpAddressCellPart, type IpAddressCellProps } from './cells/IpAddressCell.tsx';
import { JsonCell as JsonCellPart, type JsonCellProps } from './cells/JsonCell.tsx';
import { SeverityBadge as SeverityBadgePart, type SeverityBadgeProps } from './cells/SeverityBadge.tsx';
import { TimestampCell as TimestampCellPart, type TimestampCellProps } from './cells/TimestampCell.tsx';
import { UserCell as UserCellPart, type UserCellProps } from './cells/UserCell.tsx';
import { ColumnPicker as ColumnPickerPart } from './ColumnPicker/ColumnPicker.tsx';
import { withAuditErrorBoundary } from './ErrorBoundary/withAuditErrorBoundary.tsx';
import type { EventDetailsProps } from './EventDetails/EventDetails.tsx';
import type { JsonTreeProps } from './EventDetails/JsonTree.tsx';
// Fetched on demand (their own chunk); see EventDetails/LazyEventDetails.tsx.
import {
  LazyEventDetails as EventDetailsPart,
  LazyJsonTree as JsonTreePart,
} from './EventDetails/LazyEventDetails.tsx';
import { ExportButton as ExportButtonPart, type ExportButtonProps } from './ExportButton/ExportButton.tsx';
import { FilterBar as FilterBarPart, type FilterBarProps } from './FilterBar/FilterBar.tsx';
import {
  NewEventsNotice as NewEventsNoticePart,
  type NewEventsNoticeProps,
} from './NewEventsNotice/NewEventsNotice.tsx';
import { Pagination as PaginationPart, type PaginationProps } from './Pagination/Pagination.tsx';
import { SearchBox as SearchBoxPart, type SearchBoxProps } from './SearchBox/SearchBox.tsx';
import { StatsStrip as StatsStripPart, type StatsStripProps } from './StatsStrip/StatsStrip.tsx';
import {
  TimeZoneSelect as TimeZoneSelectPart,
  type TimeZoneSelectProps,
} from './TimeZoneSelect/TimeZoneSelect.tsx';
import { ViewsMenu as ViewsMenuPart, type ViewsMenuProps } from './ViewsMenu/ViewsMenu.tsx';

/**
 * The events of the current query as an accessible table: sorting, expandable rows, loading, empty and error
 * states. In its own error boundary.
 */
export const AuditTable: ComponentType<AuditTableProps> = /* @__PURE__ */ withAuditErrorBoundary(
  AuditTablePart,
  'AuditTable',
);

/**
 * The events table on events you already have, without fetching (`<AuditTable>` connects it to the API). In its own
 * error boundary.
 */
export const AuditTableView: ComponentType<AuditTableViewProps> = /* @__PURE__ */ withAuditErrorBoundary(
  AuditTableViewPart,
  'AuditTableView',
);

/**
 * Show, hide and reorder columns in a popover; takes no props (it reads the nearest `AuditStateProvider`). In its
 * own error boundary.
 */
export const ColumnPicker: ComponentType = /* @__PURE__ */ withAuditErrorBoundary(
  ColumnPickerPart,
  'ColumnPicker',
);

/**
 * Every field of one event, the JSON payload as a tree; fetched the first time a panel opens. In its own error
 * boundary.
 */
export const EventDetails: ComponentType<EventDetailsProps> = /* @__PURE__ */ withAuditErrorBoundary(
  EventDetailsPart,
  'EventDetails',
);

/** A JSON payload as a collapsible tree of text (never markup); fetched on first use. In its own error boundary. */
export const JsonTree: ComponentType<JsonTreeProps> = /* @__PURE__ */ withAuditErrorBoundary(
  JsonTreePart,
  'JsonTree',
);

/**
 * Exports every event matching the current filters (CSV, CSV with `;`, JSON Lines), with progress and cancel. In
 * its own error boundary.
 */
export const ExportButton: ComponentType<ExportButtonProps> = /* @__PURE__ */ withAuditErrorBoundary(
  ExportButtonPart,
  'ExportButton',
);

/**
 * The search box, time range, severity and exact-match filters, with the active ones as removable chips. In its own
 * error boundary.
 */
export const FilterBar: ComponentType<FilterBarProps> = /* @__PURE__ */ withAuditErrorBoundary(
  FilterBarPart,
  'FilterBar',
);

/**
 * "12 new events, show them": events that match the filters and arrived after they were loaded. In its own error
 * boundary.
 */
export const NewEventsNotice: ComponentType<NewEventsNoticeProps> = /* @__PURE__ */ withAuditErrorBoundary(
  NewEventsNoticePart,
  'NewEventsNotice',
);

/** Numbered pages for the current query ("1–20 of 12,345") and a page-size select. In its own error boundary. */
export const Pagination: ComponentType<PaginationProps> = /* @__PURE__ */ withAuditErrorBoundary(
  PaginationPart,
  'Pagination',
);

/**
 * The search language's box (`actor:ada@acme.test severity:high created:7d`), with suggestions. In its own error
 * boundary.
 */
export const SearchBox: ComponentType<SearchBoxProps> = /* @__PURE__ */ withAuditErrorBoundary(
  SearchBoxPart,
  'SearchBox',
);

/**
 * Events today and severe events this week for the tenant, asked again while the page is visible. In its own error
 * boundary.
 */
export const StatsStrip: ComponentType<StatsStripProps> = /* @__PURE__ */ withAuditErrorBoundary(
  StatsStripPart,
  'StatsStrip',
);

/** Picks the zone every timestamp is shown in: local, UTC or a named IANA zone. In its own error boundary. */
export const TimeZoneSelect: ComponentType<TimeZoneSelectProps> = /* @__PURE__ */ withAuditErrorBoundary(
  TimeZoneSelectPart,
  'TimeZoneSelect',
);

/**
 * Saved views behind a menu button: apply, save, rename, delete, set as default, share a link. In its own error
 * boundary.
 */
export const ViewsMenu: ComponentType<ViewsMenuProps> = /* @__PURE__ */ withAuditErrorBoundary(
  ViewsMenuPart,
  'ViewsMenu',
);

/**
 * An event time in the chosen zone, the zone named; the relative time on hover and focus. In its own error
 * boundary.
 */
export const TimestampCell: ComponentType<TimestampCellProps> = /* @__PURE__ */ withAuditErrorBoundary(
  TimestampCellPart,
  'TimestampCell',
);

/**
 * Who acted: name and email (else the user id), "System" when no one did, and who impersonated them. In its own
 * error boundary.
 */
export const UserCell: ComponentType<UserCellProps> = /* @__PURE__ */ withAuditErrorBoundary(
  UserCellPart,
  'UserCell',
);

/** A severity as shape, text and colour; an unknown value is shown as its own text. In its own error boundary. */
export const SeverityBadge: ComponentType<SeverityBadgeProps> = /* @__PURE__ */ withAuditErrorBoundary(
  SeverityBadgePart,
  'SeverityBadge',
);

/** An IP address with a location disclosure, looked up only when the user opens it. In its own error boundary. */
export const IpAddressCell: ComponentType<IpAddressCellProps> = /* @__PURE__ */ withAuditErrorBoundary(
  IpAddressCellPart,
  'IpAddressCell',
);

/**
 * A JSON payload collapsed to one line, expandable in place; always text, never markup. In its own error boundary.
 */
export const JsonCell: ComponentType<JsonCellProps> = /* @__PURE__ */ withAuditErrorBoundary(
  JsonCellPart,
  'JsonCell',
);

/** Plain event text, clipped by CSS; a link only where the host allowed it (`links`). In its own error boundary. */
export const AlphaNumericCell: ComponentType<AlphaNumericCellProps> = /* @__PURE__ */ withAuditErrorBoundary(
  AlphaNumericCellPart,
  'AlphaNumericCell',
);

/**
 * One event field rendered by its metadata type; a type the library does not know renders as text. In its own error
 * boundary.
 */
export const CellByType: ComponentType<CellByTypeProps> = /* @__PURE__ */ withAuditErrorBoundary(
  CellByTypePart,
  'CellByType',
);
