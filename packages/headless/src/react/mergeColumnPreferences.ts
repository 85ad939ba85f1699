import type { AuditColumn } from '../client/auditTypes.ts';
import type { ColumnPreferences } from './useColumnPreferences.ts';

/**
 * Merges stored preferences with the columns that exist now: vanished columns are dropped, new ones are added
 * at the end with the vendor's default visibility. A link and a saved view among many columns name only what
 * differs from the defaults and rely on this for the rest (`columnsToSearch`, `compactColumnChoice`), so a column
 * they hide is always named, never left to its default. When none of the stored visible columns exists any more (a
 * column the vendor removed, a link naming columns that never were), the vendor's default visibility applies, in
 * the stored order: a table with no column cannot be mended from inside (the picker keeps the last one).
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
  const unique = [...new Set(order)];
  if (visible.size === 0) {
    for (const column of columns) if (column.showInTable) visible.add(column.name);
    if (visible.size === 0 && unique[0] !== undefined) visible.add(unique[0]);
  }
  return { order: unique, visible: unique.filter((name) => visible.has(name)) };
}
