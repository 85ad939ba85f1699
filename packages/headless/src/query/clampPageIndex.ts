import { auditPageSizes } from './AuditQuery.ts';

/**
 * The last page index a query may hold: the furthest whose request offset (index × the largest page size) is still
 * an exact integer. A link's page beyond it is dropped (`queryFromSearch`), and a page set beyond it is this one,
 * which the list then moves back to its real last page once the count is known.
 */
export const lastAuditPageIndex = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(...auditPageSizes)) - 1;

/**
 * Any number as a page index: whole, 0 at least, {@link lastAuditPageIndex} at most; `NaN` is page 0.
 *
 * @example
 * ```ts
 * clampPageIndex(Infinity); // lastAuditPageIndex
 * ```
 */
export function clampPageIndex(page: number): number {
  return Math.min(lastAuditPageIndex, Math.max(0, Math.floor(page) || 0));
}
