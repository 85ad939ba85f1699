import { auditTimeMs, ownValue, queryToSearch, type AuditQuery } from '@auditkit/headless';
import type { AuditEventLike } from '../types.ts';

// Apart from the details' buttons (`useEventPage`, loaded with the details, on demand), as the table reads these
// in its first load (`usePivotRow`): importing them from there put the whole hook in the table's first load.

/**
 * A pivot (a details button changing the query to find its event: a filter to a value, the time around it): the
 * event, and the query it changed to, for the log's table to bring the event's row into view (`usePivotRow`).
 */
export interface EventPivot {
  id: string;
  /** The event's time, in ms. */
  at: number;
  /** The query after the change, as {@link pivotQueryText} writes it. */
  to: string;
  /** How long the table loads the new list down to the event, from its first answer. */
  waitMs: number;
}

/**
 * The latest pivot, by the log's client: the query setter is another function once the query
 * changes, and the table reads this after that change. Logs that share a client tell their pivots apart by query.
 */
const pivots = new WeakMap<object, EventPivot>();

/**
 * A query as a pivot compares it: as text, from page 0 (an infinite list reads no page index; a numbered pivot goes
 * to the event's page, whichever it is).
 */
export const pivotQueryText = (query: AuditQuery): string =>
  queryToSearch({ ...query, page: 0 }, { prefix: '' });

/**
 * Says to the log's table, just before the change it is about, that `event` should be found in the list of `next`
 * within `waitMs`. A later pivot takes this one's place. Nothing for an event without an id or a time.
 */
export function expectPivot(client: object, event: AuditEventLike, next: AuditQuery, waitMs: number): void {
  const at = auditTimeMs(ownValue(event, 'createdAt'));
  const id = ownValue(event, 'frontegg_id');
  if (at !== undefined && typeof id === 'string' && id)
    pivots.set(client, { id, at, to: pivotQueryText(next), waitMs });
}

/** The latest pivot of a log (by its client). */
export const pivotOf = (client: object): EventPivot | undefined => pivots.get(client);

/** The table has taken `pivot`: it is not taken again. */
export function dropPivot(client: object, pivot: EventPivot): void {
  if (pivots.get(client) === pivot) pivots.delete(client);
}
