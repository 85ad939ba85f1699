// A strict reader of the ISO 8601 date-times a link may carry. `Date.parse` rolls impossible dates over
// (2026-02-30 becomes 2026-03-02) and reads some free-form text in local time, so a link could name a range other
// than the one its sender saw; here an impossible or loose date is no date.
import { isSupportedInstant, isSupportedYear } from '../query/supportedInstants.ts';

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const dayMs = 86_400_000;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant an ISO 8601 date or date-time names, as `toISOString()` text; `undefined` for anything else,
 * impossible calendar dates (`2026-02-30`, month 13, hour 24) included, and for a year before 0001 or an
 * instant its zone moves out of the years 0001 to 9999 in UTC (`toISOString` would write it `±YYYYYY`, which
 * nothing reads back). A date-time without a zone is read as UTC, like a date alone, so a link means the same
 * instant for every reader. A date alone is its whole UTC day: its first millisecond as a range's start, its last
 * as its end (`bound` `'end'`, for a range's `to`), so a link's `to=2026-03-31` takes in the 31st. A query's
 * date-only bounds are requested so too (`resolveTimeRange`). UTC, not the viewer's zone as in the search text
 * (`created:2026-03-31` is the 31st where the user is): a link or a host's query has no zone of its own, and the
 * headless hooks know none.
 *
 * @example
 * ```ts
 * calendarDate('2026-02-28T10:00:00+02:00'); // '2026-02-28T08:00:00.000Z'
 * calendarDate('2026-03-31', 'end'); // '2026-03-31T23:59:59.999Z'
 * calendarDate('2026-02-30'); // undefined
 * ```
 */
export function calendarDate(
  value: string | undefined,
  bound: 'start' | 'end' = 'start',
): string | undefined {
  const match = value === undefined ? null : isoPattern.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone, zoneHour = '0', zoneMinute = '0'] =
    match;
  const y = Number(year);
  const m = Number(month);
  if (!isSupportedYear(y)) return undefined;
  if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysInMonth(y, m)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (Number(zoneHour) > 23 || Number(zoneMinute) > 59) return undefined;
  const dateOnly = value!.length === 10;
  const text = zone === undefined && !dateOnly ? `${value}Z` : value!;
  const time = Date.parse(text) + (dateOnly && bound === 'end' ? dayMs - 1 : 0);
  return isSupportedInstant(time) ? new Date(time).toISOString() : undefined;
}

/**
 * Whether a range's bounds come in time order (either may be missing): compared as instants, not as text,
 * which sorts `+010000-…` before `9999-…` and `…+02:00` after `…Z`. A bound that is no date does not order
 * the range.
 *
 * @example
 * ```ts
 * boundsInOrder('2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z'); // true
 * ```
 */
export function boundsInOrder(from: string | undefined, to: string | undefined): boolean {
  const start = from === undefined ? Number.NaN : Date.parse(from);
  const end = to === undefined ? Number.NaN : Date.parse(to);
  return !(start > end);
}
