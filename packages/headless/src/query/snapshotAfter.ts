/** The last time an ISO date-time with a four-digit year can write. */
const lastWritableTime = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The end of a snapshot that holds the newest event, at `newestMs`: one millisecond after it, since `created_to`
 * is inclusive and a server keeping finer than milliseconds may have the event a little after the millisecond its
 * text shows; the query's own end (`ownTo`, at `upper`) instead when that comes first. `undefined` when the time
 * past it has no ISO text a request could carry (after year 9999). Shared by the export's snapshot and the
 * infinite list's, so both end where the server's newest event is, whichever clock is ahead.
 */
export function snapshotAfter(
  newestMs: number,
  ownTo: string | undefined,
  upper: number | undefined,
): string | undefined {
  const pin = newestMs + 1;
  if (!(pin <= lastWritableTime)) return undefined;
  return upper !== undefined && pin >= upper ? ownTo : new Date(pin).toISOString();
}
