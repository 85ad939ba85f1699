import type { AuditListClient } from '../client/createAuditListClient.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { requestList } from '../client/requestList.ts';
import type { AuditQuery } from './AuditQuery.ts';
import { toListParams } from './toListParams.ts';

/** Options of `auditEventPage`. */
export interface AuditEventPageOptions {
  /** Ask the legacy `GET /audits` list, as the log does. @default false */
  legacy?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The page of `query` that holds the event of time `time` when the log is sorted by time: the events that sort
 * before it are counted, with one list request of one event (the query's filters, its range cut just short of
 * the event), so a pivot to the events around one ("what else happened then") can open on the page that shows
 * it rather than on a first page of later events. 0 when the log is sorted by another column, the server gives no
 * count, `time` is none, or nothing in the range sorts before it; rejects as the list does when the request
 * fails. Events stamped in the same millisecond may sort either side of it, so in a very dense log it can be on
 * the next page.
 *
 * @example
 * ```ts
 * const next = { ...query, time: auditTimeAround(event.createdAt, 300_000) ?? null, page: 0 };
 * const page = await auditEventPage(client, next, event.createdAt, { legacy }).catch(() => 0);
 * // Unless the user changed the query meanwhile: then their change wins.
 * if (queryState.query === query) queryState.setQuery({ ...next, page });
 * ```
 */
export async function auditEventPage(
  client: AuditListClient,
  query: AuditQuery,
  time: unknown,
  { legacy = false, signal }: AuditEventPageOptions = {},
): Promise<number> {
  const at = auditTimeMs(time);
  if (at === undefined || query.sort.column !== 'createdAt') return 0;
  const params = toListParams({ ...query, page: 0 }, new Date());
  // Newest first, the events after it come first; oldest first, those before it: the query's range cut one
  // millisecond short of the event. When that leaves no range (the event on the range's near end, or past it),
  // none sort before it; a server answers a range that ends before it starts with a 400.
  const desc = query.sort.direction === 'desc';
  const from = desc
    ? Math.max(at + 1, bound(params.createdFrom, -Infinity))
    : bound(params.createdFrom, -Infinity);
  const to = desc ? bound(params.createdTo, Infinity) : Math.min(at - 1, bound(params.createdTo, Infinity));
  if (from > to) return 0;
  const before = desc
    ? { createdFrom: new Date(from).toISOString() }
    : { createdTo: new Date(to).toISOString() };
  const { total, totalUnknown } = await requestList(
    client,
    { ...params, ...before, count: 1, offset: 0 },
    signal,
    legacy,
  );
  return totalUnknown ? 0 : Math.floor(total / query.pageSize);
}

/** A bound of the list's range in ms, or `none` when it has none (or none that reads as a time). */
function bound(value: string | undefined, none: number): number {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? none : ms;
}
