import type { AuditColumn } from '../client/auditTypes.ts';
import type { ColumnPreferences } from './useColumnPreferences.ts';

/**
 * Merges stored preferences with the columns that exist now: vanished columns are dropped, new ones are added
 * at the end with the vendor's default visibility.
 */
export function mergeColumnPreferences(
  columns: readonly AuditColumn[],
  stored: ColumnPreferences | undefined,
): ColumnPreferences {
  const names = new Set(columns.map((column) => column.name));
  const known = new Set(stored?.order ?? []);
  const order = [...(stored?.order ?? []).filter((name) => names.has(name))];
  const visible = new Set((stored?.visible ?? []).filter((name) => names.has(name)));
  for (const column of columns) {
    if (known.has(column.name)) continue;
    order.push(column.name);
    if (column.showInTable) visible.add(column.name);
  }
  return { order: [...new Set(order)], visible: order.filter((name) => visible.has(name)) };
}
