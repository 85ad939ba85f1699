import type { AuditColumn } from '../client/auditTypes.ts';
import type { ColumnPreferences } from '../react/useColumnPreferences.ts';
import { limits } from '../url/auditUrlKeys.ts';
import { columnLinkItems } from '../url/columnsSearch.ts';

/**
 * A whole column choice (every column in display order, as `useColumnPreferences` holds it) as a saved view keeps
 * it. Up to `limits.columnList` columns, as it is: every column keeps its place. Beyond, only what differs from the
 * vendor's defaults, since applying a view puts the columns it does not name after the ones it does, in the
 * vendor's order and with their default visibility (`columnChoiceToSave`): first without the end of the order that
 * is already so, then, if that is still too long, as a link keeps it (the visible columns up to where the defaults
 * take over, and the hidden ones the vendor shows, without their places among the hidden). Saved whole, a view of
 * every column of a vendor with more was read back with no columns at all. A choice still longer than the bound is
 * returned so, for the save to refuse it (`columns-too-big`).
 */
export function compactColumnChoice(
  columns: readonly AuditColumn[],
  choice: ColumnPreferences,
): ColumnPreferences {
  const limit = limits.columnList;
  if (choice.order.length <= limit && choice.visible.length <= limit) return choice;
  // Maps, not objects: a column named `__proto__` or `constructor` is a name like any other.
  const position = new Map(columns.map((column, index) => [column.name, index]));
  const shownByDefault = new Map(columns.map((column) => [column.name, column.showInTable]));
  const visible = new Set(choice.visible);
  const firstVisible = choice.order.findIndex((name) => visible.has(name));
  // The longest end of the order that the defaults give by themselves: the vendor's order, default visibility. A
  // view names at least one visible column (a stored view without one is read as no choice).
  let start = choice.order.length;
  let next = Infinity;
  while (start > firstVisible + 1) {
    const name = choice.order[start - 1]!;
    const at = position.get(name);
    if (at === undefined || at >= next || shownByDefault.get(name) !== visible.has(name)) break;
    next = at;
    start--;
  }
  if (start <= limit) {
    const order = choice.order.slice(0, start);
    return { order, visible: order.filter((name) => visible.has(name)) };
  }
  const items = columnLinkItems(choice, columns) ?? { visible: choice.visible.slice(0, 1), hidden: [] };
  return { order: [...items.visible, ...items.hidden], visible: items.visible };
}
