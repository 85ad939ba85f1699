// RFC 3339 date-times only: a zone is required, so nothing is ever read in the server's local time, and the
// calendar is checked (2026-02-30 is refused, not rolled over to March 2 as `Date.parse` would).
const rfc3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * An instant read from an RFC 3339 date-time: the whole epoch milliseconds at or before it, and how many
 * nanoseconds (0 to 999,999) it lies past them. `Date` holds whole milliseconds only and drops the rest of a
 * longer fraction (`…17.0005Z` is `…17.000`), so a time bound needs `subMsNanos` to round the right way.
 */
export interface Instant {
  ms: number;
  subMsNanos: number;
}

/** Epoch ms of an RFC 3339 date-time, or `undefined` when it is not one (or names a day that does not exist). */
export function parseDateTime(text: string): number | undefined {
  return parseInstant(text)?.ms;
}

/** The {@link Instant} of an RFC 3339 date-time, or `undefined` when it is not one (see {@link parseDateTime}). */
export function parseInstant(text: string): Instant | undefined {
  const match = rfc3339.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, , , zh, zm] = match.map(Number) as number[];
  // `setUTCFullYear`, not `Date.UTC`: `Date.UTC` reads years 0 to 99 as 1900 to 1999, which would refuse every
  // valid date of years 0000 to 0099.
  const day = new Date(0);
  day.setUTCFullYear(y!, mo! - 1, d!);
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo! - 1 || day.getUTCDate() !== d) return undefined;
  if (h! > 23 || mi! > 59 || s! > 60 || (zh ?? 0) > 23 || (zm ?? 0) > 59) return undefined;
  // Date.parse keeps the first three digits of the fraction: the whole millisecond at or before the instant,
  // whatever the zone (offsets are whole minutes).
  const ms = Date.parse(text.replace(' ', 'T'));
  if (!Number.isFinite(ms)) return undefined;
  const fraction = match[7] ?? '';
  return { ms, subMsNanos: Number(fraction.slice(3).padEnd(6, '0')) };
}

/** Orders two instants: negative when `a` is earlier, 0 when they are the same, positive when later. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.ms - b.ms || a.subMsNanos - b.subMsNanos;
}

/**
 * The whole-millisecond bounds that select, among events stored to the millisecond, exactly those a bound on
 * `instant` selects: `from` (at or after) rounds up, `to` (at or before) rounds down, `after` and `before`
 * (strict) are the next whole millisecond out of the instant.
 */
export function boundMs(instant: Instant, bound: 'from' | 'to' | 'after' | 'before'): number {
  const up = instant.ms + (instant.subMsNanos > 0 ? 1 : 0);
  if (bound === 'from') return up;
  if (bound === 'to') return instant.ms;
  if (bound === 'after') return instant.ms + 1;
  return up - 1;
}
