// Wall-clock time in a chosen IANA zone, to and from instants: the one implementation behind the custom-range
// inputs (`<input type="datetime-local">`'s `2026-11-26T09:30`) and the search language's dates and days.
// Written by hand on Intl: date-fns needs @date-fns/tz for zones, a dependency for a few small, well-tested
// functions the rest of the library does not need.

import { utcTime } from '../util/utcTime.ts';
import { isSupportedInstant, isSupportedYear } from './supportedInstants.ts';

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const dayMs = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter of a zone; throws a `RangeError` for a zone Intl does not know. */
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      // Intl numbers the years before 1 by era (the year 0 is 1 BC): without it, 0000 would read as 0001.
      era: 'short',
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

/**
 * The IANA zone a view's `timeZone` means, for `Intl` (`new Intl.DateTimeFormat(locale, { timeZone })`):
 * `'local'`, `''` or `undefined` is the runtime's zone (the browser's, or the server's in Node), read on each call;
 * a zone `Intl` knows is returned as given; an unknown one (a stale stored view, a hand-typed URL) is `'UTC'`,
 * never a throw, as the search box and `<AuditLog>` read it. Compare the result with the name given to tell the
 * user a zone was not understood.
 *
 * @example
 * ```tsx
 * const zone = resolveAuditTimeZone(view.timeZone); // 'local' → 'Europe/Paris' on a machine in Paris
 * const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone: zone });
 * const at = parseAuditTime(event.createdAt); // undefined when it is not a time: `format(undefined)` would say now
 * <td>{at ? format.format(at) : '—'}</td>;
 * ```
 */
export function resolveAuditTimeZone(zone?: string | undefined): string {
  if (!zone || zone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  try {
    formatterOf(zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

/**
 * The calendar date and wall-clock time (whole seconds) of an instant in a zone, years numbered as ISO 8601
 * numbers them (0 for 1 BC, -1 for 2 BC). Every field is `NaN` for an instant no `Date` can hold (`NaN`,
 * beyond ±8.64e15 ms); throws a `RangeError` only for a zone Intl does not know.
 */
export function zonedParts(instant: number, timeZone: string) {
  const formatter = formatterOf(timeZone);
  const date = new Date(instant);
  if (Number.isNaN(date.getTime()))
    return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN };
  const parts: Record<string, number> = Object.create(null);
  let beforeChrist = false;
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'era') beforeChrist = part.value.startsWith('B');
    else if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 1970;
  return {
    year: beforeChrist ? 1 - year : year,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall-clock time of an instant in a zone, as if it were UTC (ms, milliseconds kept); `NaN` for none. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = zonedParts(instant, timeZone);
  // Intl writes midnight as hour 0 (`h23`), so every field is in range and `utcTime` has an answer for any
  // instant a `Date` holds (`NaN` fields, for one it cannot, give `NaN`).
  return (utcTime(year, month, day, hour, minute, second) ?? Number.NaN) + (((instant % 1000) + 1000) % 1000);
}

/**
 * The first and last instant of a wall-clock time in a zone (its fields given as if UTC, in ms; `span` ms long: a
 * minute, a second or a millisecond), read as the bounds of an inclusive range. A time shown twice (clocks going
 * back) starts at its first showing and ends at the end of its later one, so neither bound leaves out the events of the
 * repeated hour the table shows under that time; a time skipped (clocks going forward) starts when the clocks
 * resume and ends just before they jump, so a range is cut at the gap rather than moved past it (Temporal's
 * `'compatible'` choice read 02:30 on a 02:00 → 03:00 night as 03:30, and left out 03:00–03:29). A day whose
 * midnight is skipped starts when the clocks resume (00:00 → 01:00 in Santiago or Havana: at 01:00).
 */
export function wallTimeBounds(wall: number, timeZone: string, span = 1): { start: number; end: number } {
  if (Number.isNaN(wall)) return { start: Number.NaN, end: Number.NaN };
  // The zone's offsets a day either side cover any daylight-saving change near this time: the instant is
  // `wall` less an offset of -12 to +14 hours, so half a day missed the changes of zones twelve hours or more
  // ahead (Auckland, Chatham). The offset at a first guess does not either (taken after a jump, it moves a
  // skipped time back before the gap).
  const offsetAt = (instant: number) => wallClockAsUtc(instant, timeZone) - instant;
  const before = wall - offsetAt(wall - dayMs);
  const after = wall - offsetAt(wall + dayMs);
  const exact = [before, after].filter((instant) => wallClockAsUtc(instant, timeZone) === wall);
  if (exact.length > 0) return { start: Math.min(...exact), end: Math.max(...exact) + span - 1 };
  // Skipped: `after` is before the jump and `before` past it. Intl reads whole seconds, and zones change offset
  // on a whole second, so the jump is found by halving the gap in seconds (a dozen reads for an hour).
  let low = Math.floor(after / 1000);
  let high = Math.ceil(before / 1000);
  const resumed = offsetAt(high * 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle * 1000) === resumed) high = middle;
    else low = middle;
  }
  return { start: high * 1000, end: high * 1000 - 1 };
}

/**
 * An instant as `YYYY-MM-DDTHH:mm` wall-clock text in `timeZone` (an IANA name or `'UTC'`); `''` for a
 * missing or invalid instant, one outside the years 0001 to 9999, or one whose wall clock is outside them (a
 * `datetime-local` input holds no other year). Seconds are cut off (the text names the minute the instant
 * falls in).
 *
 * @example
 * ```ts
 * isoToZonedInput('2026-11-26T14:30:00.000Z', 'America/New_York'); // '2026-11-26T09:30'
 * ```
 */
export function isoToZonedInput(iso: string | undefined, timeZone: string): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (!isSupportedInstant(time)) return '';
  const wall = wallClockAsUtc(time, timeZone);
  return isSupportedInstant(wall) ? new Date(wall).toISOString().slice(0, 16) : '';
}

/** Options of {@link zonedInputToIso}. */
export interface ZonedInputOptions {
  /**
   * Which instant of the minute (or second) the text names: its first, or its last, for the end of an
   * inclusive range (`09:30` is then 09:30:59.999).
   * @default 'start'
   */
  bound?: 'start' | 'end' | undefined;
}

/**
 * `YYYY-MM-DDTHH:mm` (or `…:ss`) wall-clock text read in `timeZone`, as an ISO instant; `undefined` for empty
 * or invalid text, a year before 0001, or an instant the zone moves out of the years 0001 to 9999 (UTC). With
 * `bound: 'end'` the text is the last millisecond it names, so a range ending at `09:30` includes the events of
 * 09:30. A time shown twice (clocks going back) starts at its first showing and, as an end, ends with its later one;
 * a time skipped (clocks going forward) starts when the clocks resume and, as an end, ends just before they jump.
 *
 * @example
 * ```ts
 * zonedInputToIso('2026-11-26T09:30', 'America/New_York'); // '2026-11-26T14:30:00.000Z'
 * zonedInputToIso('2026-11-26T09:30', 'America/New_York', { bound: 'end' }); // '2026-11-26T14:30:59.999Z'
 * zonedInputToIso('2026-03-29T02:30', 'Europe/Paris'); // '2026-03-29T01:00:00.000Z' (03:00, when clocks resume)
 * zonedInputToIso('2026-10-25T02:30', 'Europe/Paris', { bound: 'end' }); // '2026-10-25T01:30:59.999Z' (2nd 02:30)
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
  if (!isSupportedYear(year!)) return undefined;
  // A date or time that does not exist (`2026-02-30`, `25:00`) names nothing: no bound, not a rolled-over one.
  const wall = utcTime(year!, month!, day!, hour!, minute!, second!);
  if (wall === undefined) return undefined;
  const bounds = wallTimeBounds(wall, timeZone, match[6] === undefined ? 60_000 : 1_000);
  const instant = options.bound === 'end' ? bounds.end : bounds.start;
  return isSupportedInstant(instant) ? new Date(instant).toISOString() : undefined;
}
