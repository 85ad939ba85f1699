// Every part as exported: inside its own error boundary (AuditErrorBoundary), so a failure in one part shows that
// part's error state and reports to the nearest onError while the others, and the host page, keep working. The
// cells too, for a host's own table; inside <AuditLog> the rows use the bare cells under the table's boundary, so
// the log does not pay a boundary per cell.
import { AuditTable as AuditTablePart } from './AuditTable/AuditTable.tsx';
import { AuditTableView as AuditTableViewPart } from './AuditTable/AuditTableView.tsx';
import { AlphaNumericCell as AlphaNumericCellPart } from './cells/AlphaNumericCell.tsx';
import { CellByType as CellByTypePart } from './cells/CellByType.tsx';
import { IpAddressCell as IpAddressCellPart } from './cells/IpAddressCell.tsx';
import { JsonCell as JsonCellPart } from './cells/JsonCell.tsx';
import { SeverityBadge as SeverityBadgePart } from './cells/SeverityBadge.tsx';
import { TimestampCell as TimestampCellPart } from './cells/TimestampCell.tsx';
import { UserCell as UserCellPart } from './cells/UserCell.tsx';
import { ColumnPicker as ColumnPickerPart } from './ColumnPicker/ColumnPicker.tsx';
import { withAuditErrorBoundary } from './ErrorBoundary/withAuditErrorBoundary.tsx';
// Fetched on demand (their own chunk); see EventDetails/LazyEventDetails.tsx.
import {
  LazyEventDetails as EventDetailsPart,
  LazyJsonTree as JsonTreePart,
} from './EventDetails/LazyEventDetails.tsx';
import { ExportButton as ExportButtonPart } from './ExportButton/ExportButton.tsx';
import { FilterBar as FilterBarPart } from './FilterBar/FilterBar.tsx';
import { NewEventsNotice as NewEventsNoticePart } from './NewEventsNotice/NewEventsNotice.tsx';
import { Pagination as PaginationPart } from './Pagination/Pagination.tsx';
import { SearchBox as SearchBoxPart } from './SearchBox/SearchBox.tsx';
import { StatsStrip as StatsStripPart } from './StatsStrip/StatsStrip.tsx';
import { TimeZoneSelect as TimeZoneSelectPart } from './TimeZoneSelect/TimeZoneSelect.tsx';
import { ViewsMenu as ViewsMenuPart } from './ViewsMenu/ViewsMenu.tsx';

export const AuditTable = /* @__PURE__ */ withAuditErrorBoundary(AuditTablePart, 'AuditTable');
export const AuditTableView = /* @__PURE__ */ withAuditErrorBoundary(AuditTableViewPart, 'AuditTableView');
export const ColumnPicker = /* @__PURE__ */ withAuditErrorBoundary(ColumnPickerPart, 'ColumnPicker');
export const EventDetails = /* @__PURE__ */ withAuditErrorBoundary(EventDetailsPart, 'EventDetails');
export const JsonTree = /* @__PURE__ */ withAuditErrorBoundary(JsonTreePart, 'JsonTree');
export const ExportButton = /* @__PURE__ */ withAuditErrorBoundary(ExportButtonPart, 'ExportButton');
export const FilterBar = /* @__PURE__ */ withAuditErrorBoundary(FilterBarPart, 'FilterBar');
export const NewEventsNotice = /* @__PURE__ */ withAuditErrorBoundary(NewEventsNoticePart, 'NewEventsNotice');
export const Pagination = /* @__PURE__ */ withAuditErrorBoundary(PaginationPart, 'Pagination');
export const SearchBox = /* @__PURE__ */ withAuditErrorBoundary(SearchBoxPart, 'SearchBox');
export const StatsStrip = /* @__PURE__ */ withAuditErrorBoundary(StatsStripPart, 'StatsStrip');
export const TimeZoneSelect = /* @__PURE__ */ withAuditErrorBoundary(TimeZoneSelectPart, 'TimeZoneSelect');
export const ViewsMenu = /* @__PURE__ */ withAuditErrorBoundary(ViewsMenuPart, 'ViewsMenu');
export const TimestampCell = /* @__PURE__ */ withAuditErrorBoundary(TimestampCellPart, 'TimestampCell');
export const UserCell = /* @__PURE__ */ withAuditErrorBoundary(UserCellPart, 'UserCell');
export const SeverityBadge = /* @__PURE__ */ withAuditErrorBoundary(SeverityBadgePart, 'SeverityBadge');
export const IpAddressCell = /* @__PURE__ */ withAuditErrorBoundary(IpAddressCellPart, 'IpAddressCell');
export const JsonCell = /* @__PURE__ */ withAuditErrorBoundary(JsonCellPart, 'JsonCell');
export const AlphaNumericCell = /* @__PURE__ */ withAuditErrorBoundary(
  AlphaNumericCellPart,
  'AlphaNumericCell',
);
export const CellByType = /* @__PURE__ */ withAuditErrorBoundary(CellByTypePart, 'CellByType');
