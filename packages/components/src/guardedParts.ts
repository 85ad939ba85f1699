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

export const AuditTable = withAuditErrorBoundary(AuditTablePart, 'AuditTable');
export const AuditTableView = withAuditErrorBoundary(AuditTableViewPart, 'AuditTableView');
export const ColumnPicker = withAuditErrorBoundary(ColumnPickerPart, 'ColumnPicker');
export const EventDetails = withAuditErrorBoundary(EventDetailsPart, 'EventDetails');
export const JsonTree = withAuditErrorBoundary(JsonTreePart, 'JsonTree');
export const ExportButton = withAuditErrorBoundary(ExportButtonPart, 'ExportButton');
export const FilterBar = withAuditErrorBoundary(FilterBarPart, 'FilterBar');
export const NewEventsNotice = withAuditErrorBoundary(NewEventsNoticePart, 'NewEventsNotice');
export const Pagination = withAuditErrorBoundary(PaginationPart, 'Pagination');
export const SearchBox = withAuditErrorBoundary(SearchBoxPart, 'SearchBox');
export const StatsStrip = withAuditErrorBoundary(StatsStripPart, 'StatsStrip');
export const TimeZoneSelect = withAuditErrorBoundary(TimeZoneSelectPart, 'TimeZoneSelect');
export const ViewsMenu = withAuditErrorBoundary(ViewsMenuPart, 'ViewsMenu');
export const TimestampCell = withAuditErrorBoundary(TimestampCellPart, 'TimestampCell');
export const UserCell = withAuditErrorBoundary(UserCellPart, 'UserCell');
export const SeverityBadge = withAuditErrorBoundary(SeverityBadgePart, 'SeverityBadge');
export const IpAddressCell = withAuditErrorBoundary(IpAddressCellPart, 'IpAddressCell');
export const JsonCell = withAuditErrorBoundary(JsonCellPart, 'JsonCell');
export const AlphaNumericCell = withAuditErrorBoundary(AlphaNumericCellPart, 'AlphaNumericCell');
export const CellByType = withAuditErrorBoundary(CellByTypePart, 'CellByType');
