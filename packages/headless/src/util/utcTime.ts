/**
 * `Date.UTC` for every year from 0: `Date.UTC` itself reads years 0–99 as 1900–1999, so `0001-01-01` would be
 * 1901. `undefined` when a field is out of range (`2026-02-30`, `24:00`) instead of rolling into the next day or
 * month, as `Date.UTC` does.
 */
export function utcTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return exact ? date.getTime() : undefined;
}
