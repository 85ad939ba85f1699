// Wall-clock time in a chosen IANA zone, to and from instants: the one implementation behind the custom-range
// inputs (`<input type="datetime-local">`'s `2026-11-26T09:30`) and the search language's dates and days.
// Written by hand on Intl: date-fns needs @date-fns/tz for zones, a dependency for a few small, well-tested
// functions the rest of the library does not need.

import { utcTime } from '../util/utcTime.ts';

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const halfDayMs = 43_200_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter of a zone; throws a `RangeError` for a zone Intl does not know. */
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size > 32) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date and wall-clock time (whole seconds) of an instant in a zone. */
export function zonedParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = Object.create(null);
  for (const part of formatterOf(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall-clock time of an instant in a zone, as if it were UTC (ms, milliseconds kept). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = zonedParts(instant, timeZone);
  // Intl writes midnight as hour 0 (`h23`), so every field is in range and `utcTime` always has an answer.
  return (utcTime(year, month, day, hour, minute, second) ?? Number.NaN) + (((instant % 1000) + 1000) % 1000);
}

/**
 * The instant a wall-clock time (its fields given as if UTC, in ms) happens in a zone. As Temporal's
 * `'compatible'` choice: a time shown twice (clocks going back) is the earlier instant; a time skipped (clocks
 * going forward) is read with the offset before the jump, so it lands as far past the gap as it was into
 * it (02:30 on a 02:00 → 03:00 night is 03:30). A day whose midnight is skipped therefore starts when the
 * clocks resume (00:00 → 01:00 in Santiago or Havana: at 01:00).
 */
export function wallTimeToInstant(wall: number, timeZone: string): number {
  // The zone's offsets half a day either side cover any daylight-saving change near this time; the offset at
  // a first guess does not (taken after a jump, it moves a skipped time back before the gap).
  const offsetAt = (instant: number) => wallClockAsUtc(instant, timeZone) - instant;
  const before = wall - offsetAt(wall - halfDayMs);
  const after = wall - offsetAt(wall + halfDayMs);
  const exact = [before, after].filter((instant) => wallClockAsUtc(instant, timeZone) === wall);
  return exact.length > 0 ? Math.min(...exact) : before;
}

/**
 * An instant as `YYYY-MM-DDTHH:mm` wall-clock text in `timeZone` (an IANA name or `'UTC'`); `''` for a
 * missing or invalid instant. Seconds are cut off (the text names the minute the instant falls in).
 *
 * @example
 * ```ts
 * isoToZonedInput('2026-11-26T14:30:00.000Z', 'America/New_York'); // '2026-11-26T09:30'
 * ```
 */
export function isoToZonedInput(iso: string | undefined, timeZone: string): string {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return '';
  return new Date(wallClockAsUtc(time, timeZone)).toISOString().slice(0, 16);
}

/** Options of {@link zonedInputToIso}. */
export interface ZonedInputOptions {
  /**
   * Which instant of the minute (or second) the text names: its first, or its last, for the end of an
   * inclusive range (`09:30` is then 09:30:59.999).
   * @default 'start'
   */
  bound?: 'start' | 'end';
}

/**
 * `YYYY-MM-DDTHH:mm` (or `…:ss`) wall-clock text read in `timeZone`, as an ISO instant; `undefined` for empty
 * or invalid text. A time shown twice (clocks going back) is the earlier instant, a time skipped (clocks going
 * forward) lands as far past the gap as it was into it. With `bound: 'end'` the text is the last millisecond
 * it names, so a range ending at `09:30` includes the events of 09:30.
 *
 * @example
 * ```ts
 * zonedInputToIso('2026-11-26T09:30', 'America/New_York'); // '2026-11-26T14:30:00.000Z'
 * zonedInputToIso('2026-11-26T09:30', 'America/New_York', { bound: 'end' }); // '2026-11-26T14:30:59.999Z'
 * ```
 */
export function zonedInputToIso(
  value: string,
  timeZone: string,
  options: ZonedInputOptions = {},
): string | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  // A date or time that does not exist (`2026-02-30`, `25:00`) names nothing: no bound, not a rolled-over one.
  const wall = utcTime(year!, month!, day!, hour!, minute!, second!);
  if (wall === undefined) return undefined;
  const start = wallTimeToInstant(wall, timeZone);
  const span = match[6] === undefined ? 60_000 : 1_000;
  return new Date(options.bound === 'end' ? start + span - 1 : start).toISOString();
}
