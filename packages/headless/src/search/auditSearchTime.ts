import { auditTimePresets, type AuditTimePreset, type AuditTimeRange } from '../query/AuditQuery.ts';
import { isSupportedInstant, isSupportedYear } from '../query/supportedInstants.ts';
import type { AuditSearchOperator, AuditSearchProblemReason } from './auditSearch.types.ts';
import { utcTime } from '../util/utcTime.ts';
import { wallTimeBounds, zonedParts } from '../query/zonedDateTime.ts';
import { startOfZonedDay, zonedDate, zonedTimeToInstant } from './zonedTime.ts';

const dayMs = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const wallPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Shorthands read as the day they name when applied: a link or a saved view keeps that date, not "today" (a time
 * range has no relative day, only the presets), so where they are offered they are marked as fixed dates.
 */
export const fixedDateShorthands: readonly string[] = ['today', 'yesterday'];

/** Shorthands offered as values of the time field, besides dates. */
export const auditSearchTimeShorthands: readonly string[] = [...fixedDateShorthands, ...auditTimePresets];

interface Bounds {
  start: number;
  end: number;
}

/**
 * A time is as precise as it is written: a minute without seconds, a second without milliseconds, a millisecond
 * with them (as the custom range form reads its To, 11:00 is up to 11:00:59.999).
 */
const spanOf = (second: string | undefined, fraction: string | undefined) =>
  fraction !== undefined ? 1 : second !== undefined ? 1_000 : 60_000;

const validDay = (year: number, month: number, day: number) => utcTime(year, month, day) !== undefined;

const dayBounds = (start: number, zone: string): Bounds => ({
  start,
  // The next midnight in the zone (a day is 23 or 25 hours around daylight-saving changes), minus 1 ms.
  end: startOfZonedDay(start + dayMs + 3 * 3_600_000, zone) - 1,
});

/**
 * The first and last instant a time value stands for: a whole day for a date, the minute, second or millisecond
 * a date and time names (see `spanOf`), in the viewer's zone (its clock changes as `wallTimeBounds` reads them), or
 * in UTC when written as the API writes its times (`2021-04-07 10:50:40.201`: a space, seconds and a fraction);
 * `'outside'` for a date written with a year before 0001 (the patterns take four digits: none is past 9999).
 */
function bounds(text: string, zone: string, now: Date): Bounds | 'outside' | undefined {
  const lower = text.toLowerCase();
  if (lower === 'today' || lower === 'yesterday') {
    const today = startOfZonedDay(now.getTime(), zone);
    return dayBounds(lower === 'today' ? today : startOfZonedDay(today - 12 * 3_600_000, zone), zone);
  }
  const day = dayPattern.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!validDay(year, month, date)) return undefined;
    if (!isSupportedYear(year)) return 'outside';
    return dayBounds(zonedTimeToInstant(year, month, date, zone), zone);
  }
  const wall = wallPattern.exec(text);
  if (wall) {
    const [year, month, date, hour, minute, second] = wall.slice(1, 7).map((field) => Number(field ?? 0));
    // `undefined` for a date or time that does not exist (`2026-02-30`, `24:00`).
    const at = utcTime(year!, month!, date!, hour, minute, second, Number((wall[7] ?? '0').padEnd(3, '0')));
    if (at === undefined) return undefined;
    if (!isSupportedYear(year!)) return 'outside';
    const span = spanOf(wall[6], wall[7]);
    // The API's own shape (`2021-04-07 10:50:40.201`, as "Copy event as JSON" gives an event's time) is UTC, as
    // `parseAuditTime` reads it: read in the viewer's zone, a pasted time missed its own event by the zone's offset.
    if (text[10] === ' ' && wall[7] !== undefined) return { start: at, end: at + span - 1 };
    return wallTimeBounds(at, zone, span);
  }
  const instant = instantPattern.exec(text);
  if (instant) {
    // Checked as the other forms are: `Date.parse` rolls 2026-02-30T10:00Z into 2 March without a word.
    const [year, month, date, hour, minute, second] = instant.slice(1, 7).map((field) => Number(field ?? 0));
    if (utcTime(year!, month!, date!, hour, minute, second) === undefined) return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    return isSupportedYear(Number(text.slice(0, 4)))
      ? { start: at, end: at + spanOf(instant[6], instant[7]) - 1 }
      : 'outside';
  }
  return undefined;
}

const iso = (at: number) => new Date(at).toISOString();

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const modulo = (value: number, by: number) => ((value % by) + by) % by;

/**
 * A bound that is not a whole day, as the wall-clock time of the user's zone with its offset
 * (`2026-03-29T08:00+05:30`): written in UTC, the time typed in Kolkata came back as `02:30:00.000Z` after a chip
 * change, a reload or an applied view. The offset keeps the instant exact (02:30 shown twice as clocks go back),
 * and the text is as precise as the bound (see `spanOf`): a start on a whole minute is that minute, an end on
 * a minute's last millisecond is that minute too. In UTC where this cannot be written: an instant outside the
 * years 0001 to 9999 (written exactly, to read back as a problem), a wall clock outside them, or an offset with
 * seconds (local mean times before time zones, which `±HH:MM` cannot write).
 */
function zonedInstantText(at: number, zone: string, end: boolean): string {
  if (!isSupportedInstant(at)) return iso(at);
  const edge = end ? at + 1 : at;
  const unit = modulo(edge, 60_000) === 0 ? 60_000 : modulo(edge, 1_000) === 0 ? 1_000 : 1;
  const shown = end ? edge - unit : at;
  const { year, month, day, hour, minute, second } = zonedParts(shown, zone);
  const millisecond = modulo(shown, 1_000);
  const wall = utcTime(year, month, day, hour, minute, second, millisecond);
  const offset = wall === undefined ? Number.NaN : (wall - shown) / 60_000;
  if (!isSupportedYear(year) || !Number.isInteger(offset)) return iso(at);
  const sign = offset < 0 ? '-' : '+';
  const zoneText =
    offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const seconds = unit === 60_000 ? '' : `:${pad(second)}${unit === 1 ? `.${pad(millisecond, 3)}` : ''}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${zoneText}`;
}

/** The text of a whole day in a zone, when it is one a time value can name (a year 0001 to 9999). */
function dayText(instant: number, zone: string): string | undefined {
  const text = zonedDate(instant, zone);
  const day = dayPattern.exec(text);
  return day && isSupportedYear(Number(day[1])) ? text : undefined;
}

/** A time string's instant, or `undefined` (anything else a host may have put in a query, `NaN` included). */
function instantOf(value: unknown): number | undefined {
  const at = typeof value === 'string' && value !== '' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

/**
 * A time the zone's clocks skip, which names no instant: refused with the jump it falls in, rather than moved past
 * it without a word. `not-a-time` is the reason a translation already says ("not a valid time").
 */
function noSuchTime(text: string, jump: number, zone: string) {
  // The wall clock when the clocks resume, and just before (a second earlier, plus that second: 02:00, not 01:59).
  const clock = (at: number, plus = 0) => {
    const { year, month, day, hour, minute, second } = zonedParts(at, zone);
    return iso(utcTime(year, month, day, hour, minute, second)! + plus).slice(11, 16);
  };
  return {
    error: `No such time in ${zone}: the clocks went from ${clock(jump - 1_000, 1_000)} to ${clock(jump)}, so "${text}" names no instant.`,
    reason: 'not-a-time' as const,
  };
}

/**
 * Reads the value of a time term into a time range, or says why it cannot.
 * `>D` starts after day D, `>=D` at its start, `<D` ends before it, `<=D` at its end; `a..b` spans both (either
 * end may be empty); a bare date is that whole day, and a date and time the whole minute (or second) it names, in
 * each of these; presets stay relative. Dates and times are the viewer's (`zone`), except a time written as the
 * API writes one, with a space, seconds and a fraction (`2021-04-07 10:50:40.201`), which is UTC as the API's is.
 * Where the clocks change, a start in a skipped hour is when they resume, an end in it just before they jump, and
 * a time shown twice spans both showings (see `wallTimeBounds`).
 */
export function parseTimeValue(
  operator: AuditSearchOperator,
  text: string,
  zone: string,
  now: Date,
): { time: AuditTimeRange } | { error: string; reason: AuditSearchProblemReason } {
  const hint =
    'Use a date (2026-11-01), a date and time (2026-11-01T10:00), a range (2026-11-01..2026-11-07), today or yesterday (as a fixed date), or one of 1h, 24h, 7d, 30d, 90d, 365d.';
  // A range is sent, linked and saved in UTC (`toISOString`), which writes only the years 0001 to 9999 as
  // everything reads them: a date in another, or one whose zone moves an end out of them, is refused.
  const outside = {
    error: `"${text}" reaches outside the years 0001 to 9999 (in UTC), which a time range can hold.`,
    reason: 'outside-years' as const,
  };
  const range = (from: number | undefined, to: number | undefined) =>
    [from, to].every((at) => at === undefined || isSupportedInstant(at))
      ? {
          time: {
            ...(from !== undefined && { from: iso(from) }),
            ...(to !== undefined && { to: iso(to) }),
          },
        }
      : outside;
  const lower = text.toLowerCase();
  if (operator === ':' && (auditTimePresets as readonly string[]).includes(lower))
    return { time: { preset: lower as AuditTimePreset } };
  if (operator === ':' && text.includes('..')) {
    const [left = '', right = '', ...rest] = text.split('..');
    const from = left && left !== '*' ? bounds(left, zone, now) : undefined;
    const to = right && right !== '*' ? bounds(right, zone, now) : undefined;
    if (
      rest.length > 0 ||
      (left && left !== '*' && !from) ||
      (right && right !== '*' && !to) ||
      (!from && !to)
    )
      return { error: `"${text}" is not a time range. ${hint}`, reason: 'not-a-time-range' };
    if (from === 'outside' || to === 'outside') return outside;
    if (from && to && from.start > to.end)
      // Written in order, yet empty: both ends fall in one hour the clocks skip (`02:15..02:45`).
      return from.start <= to.start
        ? noSuchTime(text, from.start, zone)
        : { error: `The range "${text}" ends before it starts.`, reason: 'ends-before-start' };
    return range(from?.start, to?.end);
  }
  const at = bounds(text, zone, now);
  if (at === 'outside') return outside;
  if (!at) return { error: `"${text}" is not a time. ${hint}`, reason: 'not-a-time' };
  // A skipped time is a bound for the operators (`>=02:30` starts when the clocks resume); alone, it is no instant.
  if (at.end < at.start && operator === ':') return noSuchTime(text, at.start, zone);
  if (lower === 'today' && operator === ':') return range(at.start, undefined);
  switch (operator) {
    case '>':
      return range(at.end + 1, undefined);
    case '>=':
      return range(at.start, undefined);
    case '<':
      return range(undefined, at.start - 1);
    case '<=':
      return range(undefined, at.end);
    default:
      return range(at.start, at.end);
  }
}

/**
 * The text of a time range (`7d`, `2026-11-01`, `2026-11-01..2026-11-07`, `>=2026-11-01T10:00+05:30`), its
 * days and times in `zone`.
 * Total, as it runs during render on whatever a host put in the query: an instant outside the years 0001 to
 * 9999 is written exactly (`<=0000-02-28T23:59:59.999Z`), for the search language to mark as a problem, and
 * anything that is no time is left out.
 */
export function formatTimeValue(time: AuditTimeRange, zone: string): string | undefined {
  if (!time || typeof time !== 'object') return undefined;
  if ('preset' in time) return typeof time.preset === 'string' ? time.preset : undefined;
  const from = instantOf(time.from);
  const to = instantOf(time.to);
  // Whole days only within the years 0001 to 9999, and only days a date names (not 0000-12-31 in New York).
  const fromDay =
    from !== undefined && isSupportedInstant(from) && startOfZonedDay(from, zone) === from
      ? dayText(from, zone)
      : undefined;
  const toDay =
    to !== undefined && isSupportedInstant(to) && startOfZonedDay(to + 1, zone) === to + 1
      ? dayText(to, zone)
      : undefined;
  const fromText = from === undefined ? '' : (fromDay ?? zonedInstantText(from, zone, false));
  const toText = to === undefined ? '' : (toDay ?? zonedInstantText(to, zone, true));
  if (fromText && toText) return fromDay && toDay && fromDay === toDay ? fromDay : `${fromText}..${toText}`;
  if (fromText) return `>=${fromText}`;
  if (toText) return `<=${toText}`;
  return undefined;
}
