import type { AuditSort } from './AuditQuery.ts';

/** A column as the sort rule needs it: its name, and its metadata type when known. */
export interface AuditSortColumn {
  name: string;
  type?: string | undefined;
}

/** The direction a column sorts in first: times newest first, everything else A to Z (or smallest first). */
export function firstSortDirection(type: string | undefined): AuditSort['direction'] {
  return type === 'Timestamp' ? 'desc' : 'asc';
}

/**
 * The one sort rule of every audit UI built on this package (the components' headers and `toggleSort` alike):
 * asking to sort by the column already sorted flips its direction; another column starts in its first direction
 * ({@link firstSortDirection}). The API always sorts by something, so there is no "unsorted" step.
 *
 * @example
 * ```ts
 * nextAuditSort({ column: 'createdAt', direction: 'desc' }, { name: 'action', type: 'AlphaNumeric' });
 * // → { column: 'action', direction: 'asc' }
 * ```
 */
export function nextAuditSort(current: AuditSort, column: AuditSortColumn | string): AuditSort {
  const { name, type } = typeof column === 'string' ? { name: column, type: undefined } : column;
  if (current.column === name)
    return { column: name, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column: name, direction: firstSortDirection(type) };
}
