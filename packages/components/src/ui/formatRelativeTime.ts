import { isoToZonedInput } from '@auditkit/headless';
import { boundedCache } from './boundedCache.ts';
import { effectiveTimeZone } from './effectiveTimeZone.ts';

// One per locale: every timestamp cell formats its relative time on each render (the hot path of the table).
const formatters = boundedCache<Intl.RelativeTimeFormat>(16);

const dayMs = 86_400_000;

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

// Counted in calendar days: "yesterday" is the day before, not 24 hours earlier rounded.
const dayUnits: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365],
  ['month', 30],
  ['week', 7],
  ['day', 1],
];

// Zoned dates cost a `formatToParts` each (about 30 µs on a busy machine: 6 ms for a page of 200 rows days old,
// where the bare table's whole page takes 14), and every cell formats its relative time when it renders. So the
// zone's offset is read once per UTC day, at its start, and an instant's date comes from it when the day starts
// and ends on the same offset (every day but a change of the clocks); a page of rows pays once per day it spans.
const offsets = boundedCache<number>(512);

/** The zone's offset from UTC, in ms, at the start of UTC day `day` (days from 1970-01-01); `NaN` past 0001–9999. */
function offsetAt(day: number, zone: string): number {
  return offsets(`${day} ${zone}`, () => {
    const start = new Date(day * dayMs);
    const wall = Number.isNaN(start.getTime()) ? '' : isoToZonedInput(start.toISOString(), zone);
    return wall ? Date.parse(`${wall}Z`) - day * dayMs : Number.NaN;
  });
}

// On a day the clocks change, the date of the instant's own quarter hour: offsets are whole quarter hours
// (Kathmandu +05:45, Chatham +12:45), so a zone's midnights fall on quarter hours of UTC and a quarter hour lies
// within one date there; only local mean times before the 1900s do not.
const quarterMs = 900_000;
const quarterDays = boundedCache<number>(256);

/** The calendar date an instant falls on in a zone, as a day count from 1970-01-01; `NaN` outside 0001–9999. */
function zonedDay(date: Date, zone: string): number {
  const time = date.getTime();
  const day = Math.floor(time / dayMs);
  if (Number.isNaN(day)) return Number.NaN;
  const offset = offsetAt(day, zone);
  if (offset === offsetAt(day + 1, zone)) return Math.floor((time + offset) / dayMs);
  const quarter = Math.floor(time / quarterMs);
  return quarterDays(`${quarter} ${zone}`, () => {
    const start = new Date(quarter * quarterMs);
    const wall = Number.isNaN(start.getTime()) ? '' : isoToZonedInput(start.toISOString(), zone);
    return wall ? Date.parse(`${wall.slice(0, 10)}T00:00Z`) / dayMs : Number.NaN;
  });
}

/**
 * "5 minutes ago" / "yesterday" / "in 2 days" in the given locale through `Intl.RelativeTimeFormat`: every locale
 * the browser has, at no bundle cost (a date library's locales would cost kilobytes each). A day or more apart,
 * the count is of calendar days in `zone`, the zone the log shows its dates in: Friday 21:00 is "2 days ago" on
 * Sunday 09:00, though 36 hours would round to one day, and a time earlier on the same date is never
 * "yesterday" (a day the clocks go back has 25 hours). `zone` is read by `effectiveTimeZone`, as
 * `formatTimestamp` reads it: `'local'` (the default) is `localZone`, or the runtime's zone without it; an unknown
 * zone is UTC.
 */
export function formatRelativeTime(
  date: Date,
  now: Date,
  locale: string | undefined,
  zone = 'local',
  localZone?: string,
): string {
  const diff = date.getTime() - now.getTime();
  const format = formatters(locale ?? '', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (Math.abs(diff) >= dayMs) {
    const timeZone = effectiveTimeZone(zone, localZone);
    const calendarDays = zonedDay(date, timeZone) - zonedDay(now, timeZone);
    // A date no zone's calendar writes (beyond 9999) is counted in 24-hour days.
    const days = Number.isNaN(calendarDays) ? Math.round(diff / dayMs) : calendarDays;
    // The same date a day or more apart (the 25-hour day) is counted in hours below.
    if (days !== 0) {
      for (const [unit, size] of dayUnits) {
        if (Math.abs(days) >= size) return format.format(Math.round(days / size), unit);
      }
    }
  }
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms || unit === 'second') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}
