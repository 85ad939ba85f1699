import type { AuditColumn } from '../client/auditTypes.ts';
import type { ColumnPreferences } from './useColumnPreferences.ts';

/**
 * A whole column choice given at once (a saved view applied), completed with the columns known now and ready to
 * store: the columns it does not name follow at the end with the vendor's default visibility, and the names no
 * column known now has are kept where the choice put them. The columns known now may be the vendor's defaults
 * while the metadata loads (or after it failed): dropped here, a view's own columns were lost from storage and the
 * link for good, and came back hidden at the end once the metadata arrived. Kept, they are shown in the view's
 * order once they exist; the view of the stored choice (`mergeColumnPreferences`) leaves out those that do not, as
 * it does a link's.
 */
export function columnChoiceToSave(
  columns: readonly AuditColumn[],
  choice: ColumnPreferences,
): ColumnPreferences {
  const order = [...new Set([...choice.order, ...choice.visible])];
  const named = new Set(order);
  const visible = new Set(choice.visible);
  for (const column of columns) {
    if (named.has(column.name)) continue;
    order.push(column.name);
    if (column.showInTable) visible.add(column.name);
  }
  return { order, visible: order.filter((name) => visible.has(name)) };
}
