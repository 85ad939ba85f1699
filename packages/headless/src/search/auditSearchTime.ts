import { auditTimePresets, type AuditTimePreset, type AuditTimeRange } from '../query/AuditQuery.ts';
import type { AuditSearchOperator } from './auditSearch.types.ts';
import { utcTime } from '../util/utcTime.ts';
import { startOfZonedDay, zonedDate, zonedTimeToInstant } from './zonedTime.ts';

const dayMs = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const wallPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Shorthands offered as values of the time field, besides dates. */
export const auditSearchTimeShorthands: readonly string[] = ['today', 'yesterday', ...auditTimePresets];

interface Bounds {
  start: number;
  end: number;
}

const validDay = (year: number, month: number, day: number) => utcTime(year, month, day) !== undefined;

const dayBounds = (start: number, zone: string): Bounds => ({
  start,
  // The next midnight in the zone (a day is 23 or 25 hours around daylight-saving changes), minus 1 ms.
  end: startOfZonedDay(start + dayMs + 3 * 3_600_000, zone) - 1,
});

/** The first and last instant a time value stands for: a whole day for a date, one instant otherwise. */
function bounds(text: string, zone: string, now: Date): Bounds | undefined {
  const lower = text.toLowerCase();
  if (lower === 'today' || lower === 'yesterday') {
    const today = startOfZonedDay(now.getTime(), zone);
    return dayBounds(lower === 'today' ? today : startOfZonedDay(today - 12 * 3_600_000, zone), zone);
  }
  const day = dayPattern.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!validDay(year, month, date)) return undefined;
    return dayBounds(zonedTimeToInstant(year, month, date, zone), zone);
  }
  const wall = wallPattern.exec(text);
  if (wall) {
    const [year, month, date] = [Number(wall[1]), Number(wall[2]), Number(wall[3])];
    const [hour, minute, second] = [Number(wall[4]), Number(wall[5]), Number(wall[6] ?? 0)];
    if (!validDay(year, month, date) || hour > 23 || minute > 59 || second > 59) return undefined;
    const ms = Number((wall[7] ?? '0').padEnd(3, '0'));
    const at = zonedTimeToInstant(year, month, date, zone, hour, minute, second, ms);
    return { start: at, end: at };
  }
  if (instantPattern.test(text)) {
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : { start: at, end: at };
  }
  return undefined;
}

const iso = (at: number) => new Date(at).toISOString();

/**
 * Reads the value of a time term into a time range, or says why it cannot.
 * `>D` starts after day D, `>=D` at its start, `<D` ends before it, `<=D` at its end; `a..b` spans both (either
 * end may be empty); a bare date is that whole day; presets stay relative.
 */
export function parseTimeValue(
  operator: AuditSearchOperator,
  text: string,
  zone: string,
  now: Date,
): { time: AuditTimeRange } | { error: string } {
  const hint =
    'Use a date (2026-11-01), a range (2026-11-01..2026-11-07), today, or one of 1h, 24h, 7d, 30d, 90d.';
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
      return { error: `"${text}" is not a time range. ${hint}` };
    if (from && to && from.start > to.end) return { error: `The range "${text}" ends before it starts.` };
    return { time: { ...(from && { from: iso(from.start) }), ...(to && { to: iso(to.end) }) } };
  }
  const at = bounds(text, zone, now);
  if (!at) return { error: `"${text}" is not a time. ${hint}` };
  if (lower === 'today' && operator === ':') return { time: { from: iso(at.start) } };
  switch (operator) {
    case '>':
      return { time: { from: iso(at.end + 1) } };
    case '>=':
      return { time: { from: iso(at.start) } };
    case '<':
      return { time: { to: iso(at.start - 1) } };
    case '<=':
      return { time: { to: iso(at.end) } };
    default:
      return { time: { from: iso(at.start), to: iso(at.end) } };
  }
}

/** The text of a time range (`7d`, `2026-11-01`, `2026-11-01..2026-11-07`, `>=2026-11-01T10:00:00.000Z`). */
export function formatTimeValue(time: AuditTimeRange, zone: string): string | undefined {
  if (!time) return undefined;
  if ('preset' in time) return time.preset;
  const from = time.from ? Date.parse(time.from) : Number.NaN;
  const to = time.to ? Date.parse(time.to) : Number.NaN;
  const fromDay = !Number.isNaN(from) && startOfZonedDay(from, zone) === from;
  const toDay = !Number.isNaN(to) && startOfZonedDay(to + 1, zone) === to + 1;
  const fromText = Number.isNaN(from) ? '' : fromDay ? zonedDate(from, zone) : iso(from);
  const toText = Number.isNaN(to) ? '' : toDay ? zonedDate(to, zone) : iso(to);
  if (fromText && toText)
    return fromDay && toDay && fromText === toText ? fromText : `${fromText}..${toText}`;
  if (fromText) return `>=${fromText}`;
  if (toText) return `<=${toText}`;
  return undefined;
}
