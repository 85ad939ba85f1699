import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

// Sorting and paging happen on the server; the table owns only presentation state: visibility, order, widths,
// expanded rows and the sort indicator.
export const auditTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSortingFeature,
  rowExpandingFeature,
});

export type AuditTableFeatures = typeof auditTableFeatures;
