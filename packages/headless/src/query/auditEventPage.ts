import type { AuditListClient } from '../client/createAuditListClient.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { requestList } from '../client/requestList.ts';
import type { AuditQuery } from './AuditQuery.ts';
import { toListParams } from './toListParams.ts';

/** Options of `auditEventPage`. */
export interface AuditEventPageOptions {
  /** Ask the legacy `GET /audits` list, as the log does. @default false */
  legacy?: boolean;
  signal?: AbortSignal;
}

/**
 * The page of `query` that holds the event of time `time` when the log is sorted by time: the events that sort
 * before it are counted, with one list request of one event (the query's filters, its range cut just short of
 * the event), so a pivot to the events around one ("what else happened then") can open on the page that shows
 * it rather than on a first page of later events. 0 when the log is sorted by another column, the server gives no
 * count, or `time` is none. Events stamped in the same millisecond may sort either side of it, so in a very dense
 * log it can be on the next page.
 *
 * @example
 * ```ts
 * const next = { ...query, time: auditTimeAround(event.createdAt, 300_000) ?? null, page: 0 };
 * queryState.setQuery({ ...next, page: await auditEventPage(client, next, event.createdAt) });
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
  // Newest first, the events after it come first; oldest first, those before it. Within the query's own range:
  // an event outside it is on no page, and the count says where it would be.
  const before =
    query.sort.direction === 'desc'
      ? { createdFrom: iso(Math.max(at + 1, Date.parse(params.createdFrom ?? '') || -Infinity)) }
      : { createdTo: iso(Math.min(at - 1, Date.parse(params.createdTo ?? '') || Infinity)) };
  const { total, totalUnknown } = await requestList(
    client,
    { ...params, ...before, count: 1, offset: 0 },
    signal,
    legacy,
  );
  return totalUnknown ? 0 : Math.floor(total / query.pageSize);
}

const iso = (ms: number) => new Date(ms).toISOString();
