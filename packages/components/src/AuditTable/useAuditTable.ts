import { nextAuditSort, type AuditSort } from '@auditkit/headless';
import { useTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { auditColumnDefs, expandColumnId } from './auditColumnDefs.tsx';
import { auditTableFeatures } from './auditTableFeatures.ts';

/** Inputs of {@link useAuditTable}: the data and the server-side sort the table shows. */
export interface AuditTableInput {
  events: readonly AuditEventLike[];
  columns: readonly AuditColumnLike[];
  visibleColumns: readonly string[] | undefined;
  sort: AuditSort;
  onSortChange: (sort: AuditSort) => void;
}

const stableEmpty: AuditEventLike[] = [];
const rowId = (event: AuditEventLike, index: number) =>
  typeof event.frontegg_id === 'string' && event.frontegg_id ? event.frontegg_id : String(index);

/**
 * The TanStack table of the events: columns from the metadata in the user's order, the sort indicator from the
 * query (sorting happens on the server; `sortable` names the columns that offer it), user-resizable widths and
 * expanded rows. Also `onSort`, the next sort
 * when a header asks for a column, and `onResizeBy`, a column's resize by some pixels within its limits (a keyboard
 * step, or a drag from the width it started at).
 */
export function useAuditTable({ events, columns, visibleColumns, sort, onSortChange }: AuditTableInput) {
  const defs = useMemo(() => auditColumnDefs(columns), [columns]);
  const shown = useMemo(
    () =>
      visibleColumns ?? columns.filter((column) => column.showInTable !== false).map((column) => column.name),
    [visibleColumns, columns],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(columns.map((column) => [column.name, shown.includes(column.name)])),
    [columns, shown],
  );
  const columnOrder = useMemo(() => [expandColumnId, ...shown], [shown]);
  // The one sort rule (headless nextAuditSort), not TanStack's toggle: the headers and a UI built on the hooks
  // alone sort alike.
  const types = useMemo(() => new Map(columns.map((column) => [column.name, column.type])), [columns]);
  const onSort = useCallback(
    (columnId: string) => onSortChange(nextAuditSort(sort, { name: columnId, type: types.get(columnId) })),
    [onSortChange, sort, types],
  );
  // Which headers offer sorting: the metadata's `sortable`.
  const sortable = useMemo(
    () => new Set(columns.filter((column) => column.sortable === true).map((column) => column.name)),
    [columns],
  );
  const [columnSizing, setColumnSizing] = useState<Record<string, number>>({});
  const [expanded, setExpanded] = useState<Record<string, boolean> | true>({});

  const table = useTable({
    features: auditTableFeatures,
    columns: defs,
    data: (events as AuditEventLike[]) ?? stableEmpty,
    getRowId: rowId,
    getRowCanExpand: () => true,
    manualExpanding: true,
    state: { columnVisibility, columnOrder, columnSizing, expanded },
    onColumnSizingChange: setColumnSizing,
    onExpandedChange: setExpanded,
  });

  // A width within the column's limits; `from` is where a drag started, else the column's width now.
  const onResizeBy = useCallback(
    (columnId: string, delta: number, from?: number) => {
      const column = table.getColumn(columnId);
      if (!column) return;
      const min = column.columnDef.minSize ?? 40;
      const max = column.columnDef.maxSize ?? 900;
      const next = Math.round(Math.min(max, Math.max(min, (from ?? column.getSize()) + delta)));
      setColumnSizing((sizes) => (sizes[columnId] === next ? sizes : { ...sizes, [columnId]: next }));
    },
    [table],
  );

  // Rows compare this to re-render when the user shows, hides or moves a column.
  const visibleKey = columnOrder.join('\u0000');
  return { table, onSort, sortable, onResizeBy, visibleKey, expanded };
}
