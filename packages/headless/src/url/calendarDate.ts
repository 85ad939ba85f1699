// A strict reader of the ISO 8601 date-times a link may carry. `Date.parse` rolls impossible dates over
// (2026-02-30 becomes 2026-03-02) and reads some free-form text in local time, so a link could name a range other
// than the one its sender saw; here an impossible or loose date is no date.

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant an ISO 8601 date or date-time names, as `toISOString()` text; `undefined` for anything else,
 * impossible calendar dates (`2026-02-30`, month 13, hour 24) included. A date-time without a zone is read as
 * UTC, like a date alone, so a link means the same instant for every reader.
 *
 * @example
 * ```ts
 * calendarDate('2026-02-28T10:00:00+02:00'); // '2026-02-28T08:00:00.000Z'
 * calendarDate('2026-02-30'); // undefined
 * ```
 */
export function calendarDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : isoPattern.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone, zoneHour = '0', zoneMinute = '0'] =
    match;
  const y = Number(year);
  const m = Number(month);
  if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysInMonth(y, m)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (Number(zoneHour) > 23 || Number(zoneMinute) > 59) return undefined;
  const text = zone === undefined && value!.length > 10 ? `${value}Z` : value!;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
