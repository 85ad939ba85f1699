import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { renderCell } from './renderCell.tsx';

/** Props of {@link CellByType}. */
export interface CellByTypeProps {
  column: AuditColumnLike;
  event: AuditEventLike;
  /** Unique within the enclosing table (row and column), so stateful cells share the table's one state map. */
  cellKey?: string | undefined;
}

/**
 * Renders one event field by its metadata type. Vendor types the library does not know render as text.
 *
 * @example
 * ```tsx
 * <CellByType column={{ name: 'severity', displayName: 'Severity', type: 'Severity' }} event={event} />
 * ```
 */
export function CellByType({ column, event, cellKey }: CellByTypeProps) {
  return renderCell(column, event, cellKey);
}
