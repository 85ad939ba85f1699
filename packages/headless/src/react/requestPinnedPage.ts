import type { AuditEvent, AuditListResponse } from '../client/auditTypes.ts';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { requestList } from '../client/requestList.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { snapshotAfter } from '../query/snapshotAfter.ts';
import { toListParams } from '../query/toListParams.ts';

/**
 * A list's snapshot: the instant (ms) its relative time range was read at, and where it ends, which every page
 * after the one that took it asks for.
 */
export interface SnapshotPin {
  at: number;
  createdTo?: string | undefined;
  /**
   * The newest matching event's time, when a lookup beside the page asked for it (`null`: there is none), for the
   * new-events notice's baseline, which would otherwise ask the same again.
   */
  newest?: string | null | undefined;
}

/** Where a page asks from: a snapshot, or none yet (`at` undefined: the infinite list's first page). */
type PinOrNone = { at: number | undefined; createdTo?: string | undefined } | undefined;

/**
 * The end of a new snapshot: the query's own end when it is already past; else, as the export pins its snapshot,
 * just after the newest matching event (`newest`: the page's own rows when it is the first one newest first, else
 * a one-event lookup beside it), never past the query's own end. Not this browser's clock: the server's, which
 * stamps events, may be ahead, and a bound before its newest events would drop them from every later page and
 * shift the offsets. No newest event (none, its time unreadable, or its lookup failed): the snapshot's moment.
 */
function snapshotEnd(
  ownTo: string | undefined,
  at: number,
  newest: readonly AuditEvent[] | undefined,
): string | undefined {
  const upper = auditTimeMs(ownTo);
  if (upper !== undefined && upper < at) return ownTo;
  const newestMs = Math.max(...(newest ?? []).map((event) => auditTimeMs(event.createdAt) ?? Number.NaN));
  return (
    (Number.isFinite(newestMs) ? snapshotAfter(newestMs, ownTo, upper) : undefined) ??
    snapshotAfter(at - 1, ownTo, upper)
  );
}

/**
 * The events from `offset` on, within `pin`'s snapshot, or (no `pin.at`) within a new one that the answer then
 * carries. Pages are asked for by offset, so an event created after the first page and inside the window pushed the
 * rows down a page (the next page repeated the last rows seen, newest first), and a relative range ("last 24 hours")
 * read again at each page moved while the offset still counted from the first (events skipped, oldest first).
 * Shared by the infinite list (its snapshot in its page params) and numbered pages (in `eventsSnapshots`).
 */
export async function requestPinnedPage(
  client: AuditListClient,
  query: AuditQuery,
  offset: number,
  pin: PinOrNone,
  signal: AbortSignal,
  legacy: boolean,
  lookUp: boolean,
): Promise<AuditListResponse & SnapshotPin> {
  const at = pin?.at ?? Date.now();
  const params = toListParams(query, new Date(at));
  const page = requestList(
    client,
    { ...params, offset, ...(pin?.createdTo !== undefined && { createdTo: pin.createdTo }) },
    signal,
    legacy,
  );
  if (pin?.at !== undefined) return { ...(await page), at, createdTo: pin.createdTo };
  // The newest event is on this page only when it is the first, newest first. Else it is asked for beside it
  // (`lookUp`; should that fail, the snapshot's moment): by the infinite list's first page in another order, by a
  // numbered first page sorted by another column and by a numbered page past the first. A numbered first page
  // oldest first goes without, its snapshot its `at` alone: events arriving only add pages at its end, and a third
  // request on each filter change beside the new-events notice's own lookup would buy nothing.
  const newestFirst = offset === 0 && query.sort.column === 'createdAt' && query.sort.direction === 'desc';
  const lookup =
    newestFirst || !lookUp
      ? undefined
      : requestList(
          client,
          { ...params, sortBy: 'createdAt', sortDirection: 'desc', count: 1, offset: 0 },
          signal,
          legacy,
        ).then(
          (answer) => answer.data,
          () => undefined,
        );
  const first = await page;
  const found = await lookup;
  const newest = newestFirst ? first.data : (found ?? []);
  return {
    ...first,
    at,
    createdTo: (newestFirst || lookup) && snapshotEnd(params.createdTo, at, newest),
    ...(found && { newest: found[0]?.createdAt ?? null }),
  };
}
