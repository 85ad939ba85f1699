import type { AuditColumn } from '../client/auditTypes.ts';
import type { ColumnPreferences } from './useColumnPreferences.ts';

/**
 * A change made on the columns known now (`next`), with the names of the choice it was made on (`basis`) that no
 * known column has put back where they were, after the known name before them, visible as they were. While the
 * metadata loads or is down, the known columns are the vendor's defaults: a column hidden or moved then dropped the
 * tenant's own columns from the stored choice for good, and a "Resource" column the user had hidden was back on
 * every visit once the metadata answered again. (`columnChoiceToSave` keeps them for a choice given whole.)
 */
export function keepUnknownColumns(
  next: ColumnPreferences,
  basis: ColumnPreferences | undefined,
  columns: readonly AuditColumn[],
): ColumnPreferences {
  const known = new Set(columns.map((column) => column.name));
  // By the known name each unknown one follows (`undefined`: before any); a Map, as names are data.
  const following = new Map<string | undefined, string[]>();
  let previous: string | undefined;
  for (const name of basis?.order ?? []) {
    if (known.has(name)) previous = name;
    else following.set(previous, [...(following.get(previous) ?? []), name]);
  }
  if (following.size === 0) return next;
  const placed = [...(following.get(undefined) ?? [])];
  following.delete(undefined);
  for (const name of next.order) {
    placed.push(name, ...(following.get(name) ?? []));
    following.delete(name);
  }
  // Any whose known name the change does not list (none from the hook's own changes) go last, not lost.
  for (const rest of following.values()) placed.push(...rest);
  const order = [...new Set(placed)];
  const visible = new Set([...next.visible, ...(basis?.visible ?? []).filter((name) => !known.has(name))]);
  return { order, visible: order.filter((name) => visible.has(name)) };
}
