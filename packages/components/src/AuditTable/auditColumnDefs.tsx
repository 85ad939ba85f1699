import type { ColumnDef } from '@tanstack/react-table';
import { CellByType } from '../cells/CellByType.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import type { AuditTableFeatures } from './auditTableFeatures.ts';

/** Id of the leading column that holds the row-expansion button. */
export const expandColumnId = '__auditkit_expand';

const widths: Record<string, number> = {
  Timestamp: 250,
  Email: 220,
  Severity: 130,
  IpAddress: 170,
  Json: 220,
};

/** TanStack column definitions from the metadata: one per column, rendered by type. */
export function auditColumnDefs(
  columns: readonly AuditColumnLike[],
): Array<ColumnDef<AuditTableFeatures, AuditEventLike>> {
  return [
    {
      id: expandColumnId,
      header: '',
      size: 48,
      enableHiding: false,
      enableResizing: false,
      enableSorting: false,
    },
    ...columns.map((column): ColumnDef<AuditTableFeatures, AuditEventLike> => ({
      id: column.name,
      accessorFn: (event) => event[column.name] as never,
      header: column.displayName,
      size: widths[column.type] ?? (column.name === 'description' ? 320 : 180),
      minSize: 80,
      maxSize: 900,
      enableSorting: column.sortable === true,
      sortDescFirst: column.type === 'Timestamp',
      cell: ({ row }) => <CellByType column={column} event={row.original} />,
    })),
  ];
}
