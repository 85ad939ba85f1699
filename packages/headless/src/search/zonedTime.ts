// Whole days in the viewer's time zone, over the one wall-clock implementation the custom-range inputs use
// (query/zonedDateTime.ts), so a date typed in the search box and a time picked in the form cannot disagree.
import { resolveAuditTimeZone, wallTimeBounds, zonedParts } from '../query/zonedDateTime.ts';
import { utcTime } from '../util/utcTime.ts';

/** A usable IANA zone: `'local'` becomes the browser's, an unknown name becomes UTC (never a throw). */
export function safeZone(zone: string | undefined): string {
  // No zone is UTC here, the query's own clock; `resolveAuditTimeZone` reads it as the runtime's.
  return zone ? resolveAuditTimeZone(zone) : 'UTC';
}

/**
 * The first instant of a wall-clock time in a zone: a time shown twice is its first showing, a skipped one is
 * when the clocks resume (see `wallTimeBounds`).
 */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  zone: string,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  // Callers pass fields that exist (checked with `utcTime`, or read from Intl).
  return wallTimeBounds(utcTime(year, month, day, hour, minute, second, millisecond) ?? Number.NaN, zone)
    .start;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function zonedDate(instant: number, zone: string): string {
  const { year, month, day } = zonedParts(instant, zone);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first instant of the day an instant falls on, in a zone (01:00 on a day whose midnight is skipped). */
export function startOfZonedDay(instant: number, zone: string): number {
  const { year, month, day } = zonedParts(instant, zone);
  return zonedTimeToInstant(year, month, day, zone);
}
