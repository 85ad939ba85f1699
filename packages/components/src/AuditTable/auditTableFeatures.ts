import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
} from '@tanstack/react-table';

// Sorting and paging happen on the server; the table owns only presentation state: visibility, order and widths.
// Not rows: the body draws the events itself and keeps which are expanded (useAuditTable), so no row model is
// built and no row-expanding feature shipped. Not TanStack's sorting feature (about 1 KiB gzip): the sort indicator
// is the query's own sort, which each header is given from it (AuditTableView's `sorted`), and a click asks for the
// next sort by `nextAuditSort` (useAuditTable's `onSort`), so the feature's state would only mirror the query. Nor
// its resizing feature (about 1 KiB): a drag on a header's separator sets the width through the sizing state
// itself (AuditTableHeader).
export const auditTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
});

export type AuditTableFeatures = typeof auditTableFeatures;
