import { ownValue } from '@auditkit/headless';
import type { ColumnDef } from '@tanstack/react-table';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import type { AuditTableFeatures } from './auditTableFeatures.ts';

/** Id of the leading column that holds the row-expansion button. */
export const expandColumnId = '__auditkit_expand';

/**
 * Id of the column that takes the width the others leave (it wraps); without it shown, the extra width is shared.
 * It is not resizable: widen it by narrowing the others.
 */
export const fillColumnId = 'description';

// Starting widths chosen so the default five columns fit a 1280 px page with a side navigation (about 1000 px
// for the table) without horizontal scrolling; a user who adds columns gets a scrolling table instead.
const widths: Record<string, number> = {
  Timestamp: 240,
  Email: 190,
  Severity: 120,
  IpAddress: 150,
  Json: 200,
};
/** The least the fill column keeps before the table scrolls sideways. */
const fillMinSize = 200;

/** TanStack column definitions from the metadata: one per column (ids, headers, widths). */
export function auditColumnDefs(
  columns: readonly AuditColumnLike[],
): Array<ColumnDef<AuditTableFeatures, AuditEventLike>> {
  return [
    {
      id: expandColumnId,
      header: '',
      size: 48,
      enableHiding: false,
    },
    ...columns.map((column): ColumnDef<AuditTableFeatures, AuditEventLike> => ({
      id: column.name,
      accessorFn: (event) => ownValue(event, column.name) as never,
      header: column.displayName,
      size: column.name === fillColumnId ? fillMinSize : (ownValue(widths, column.type) ?? 150),
      minSize: 80,
      maxSize: 900,
      // No `cell`: AuditTableRow renders each cell by its type (renderCell), without TanStack's FlexRender.
    })),
  ];
}
