// Frontegg's events carry `createdAt` as `2021-04-07 10:50:40.201`: UTC, but with neither a `T` nor a zone, and
// `new Date()` reads such a value as the viewer's local time. This is the one place a timestamp of the API is read;
// everything (table, details, new-events count, export snapshot, request planning) goes through it. It builds the
// instant from the matched parts (utcTime: Date.UTC reads the years 0–99 as 1900–1999) instead of handing the text
// to Date.parse, whose reading of zone-less and non-ISO strings differs between engines.
// UTC is what the evidence says: Frontegg's create answer recorded in python-sdk's cassettes stamps `createdAt` in
// UTC (the answer's Date header, to the second). One older list recording there holds events whose zone-less time
// is two hours ahead of their zoned `updatedAt` (Israel's winter offset); nothing says the service writes that way
// now, and no reading of a zone-less text could tell the two apart, so it is not guessed at here.
import { utcTime } from '../util/utcTime.ts';

// The zone's sign, hours and minutes are groups of the pattern, not sliced from its text after: this file is on
// the list hook's size-budgeted path, and that paid for utcTime.
const isoLike =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/**
 * Epoch milliseconds of an audit timestamp, or `undefined` when the value is not one. A time without a zone is
 * UTC (Frontegg's `2021-04-07 10:50:40.201`); ISO 8601 with `Z` or an offset, a plain date (midnight UTC) and
 * epoch milliseconds (within a `Date`'s range) are read too. Anything else, including non-ISO text a browser would guess at, is not a time.
 *
 * @example
 * ```ts
 * auditTimeMs('2021-04-07 10:50:40.201'); // 1617792640201, whatever the viewer's zone
 * auditTimeMs('2021-04-07T12:50:40.201+02:00'); // 1617792640201
 * ```
 */
export function auditTimeMs(value: unknown): number | undefined {
  // A Date holds ±8.64e15 ms at most: past that (epoch nanoseconds, 1.7e18) `new Date` is an Invalid Date, which
  // throws in `Intl.DateTimeFormat#format`. NaN fails the comparison too.
  if (typeof value === 'number') return Math.abs(value) <= 8.64e15 ? value : undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== 'string') return undefined;
  const match = isoLike.exec(value.trim());
  if (!match) return undefined;
  // Every part made a number by one `map`, not by a `Number(…)` each (this path is size-budgeted); an absent part
  // is 0. The fraction (its first three digits are the milliseconds) and the zone's sign are read as text.
  const [, y, mo, d, h, mi, s, , , zoneHours, zoneMinutes] = match.map((part) => Number(part ?? 0));
  const fraction = match[7] ?? '';
  const offset = (match[8] === '-' ? -1 : 1) * (zoneHours! * 60 + zoneMinutes!);
  // `undefined` for a field that does not exist (31 April, 24:00), rather than rolled into the next.
  const utc = utcTime(y!, mo!, d!, h, mi, s, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return utc === undefined || Math.abs(offset) > 18 * 60 ? undefined : utc - offset * 60_000;
}

/**
 * An audit timestamp as a `Date`, or `undefined` when the value is not one (see {@link auditTimeMs}: a time
 * without a zone is UTC).
 *
 * @example
 * ```ts
 * parseAuditTime('2021-04-07 10:50:40.201')?.toISOString(); // '2021-04-07T10:50:40.201Z'
 * parseAuditTime('yesterday'); // undefined
 * ```
 */
export function parseAuditTime(value: unknown): Date | undefined {
  const time = auditTimeMs(value);
  return time === undefined ? undefined : new Date(time);
}
