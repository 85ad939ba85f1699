import { utcTime } from '../util/utcTime.ts';

/** Writes instants as wall-clock time in one IANA zone, with the zone's UTC offset at that instant. */
export interface ZonedTimeFormatter {
  /** The zone: as given, or for `'local'` the runtime's IANA zone (`Europe/Paris`), which a file's header names. */
  readonly timeZone: string;
  /** Offset from UTC in minutes at `ms` (east positive). */
  offsetMinutes(ms: number): number;
  /** `2026-11-26T02:05:00.123` (no zone: what spreadsheets read as a date-time). */
  local(ms: number): string;
  /** `+01:00`, or `+00:00` for UTC. */
  offset(ms: number): string;
  /** `2026-11-26T02:05:00.123+01:00`, or `…Z` in UTC: ISO 8601 with the offset. */
  iso(ms: number): string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
// Offsets change almost always on a quarter hour, so one Intl lookup per 15-minute bucket serves every event in
// it; a sorted export hits the same bucket thousands of times in a row. A few changes fall between (Newfoundland's
// at 00:01 until 2011, Antarctica/Casey's in 2020–2022): a bucket whose two ends differ holds one, and its events
// are looked up one by one.
const BUCKET_MS = 15 * 60_000;
const CACHE_LIMIT = 4096;

/**
 * `'local'` is the runtime's zone, as `AuditView.timeZone` and the search box read it. Throws a `RangeError` naming
 * the zone when `Intl` does not know it.
 */
export function createZonedTimeFormatter(zone: string): ZonedTimeFormatter {
  // As `resolveAuditTimeZone` reads it, written out: that module is in the list's first load, and one this on-demand
  // engine shared with it would be put in a chunk of its own that every page loads (see ExportRules).
  const timeZone = zone === 'local' ? (Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC') : zone;
  let parts: Intl.DateTimeFormat;
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      // Intl numbers the years before 1 by era: without it, the last hours of 1 BC (0001-01-01 early UTC, west of
      // Greenwich) read as the year 1.
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch (cause) {
    throw new RangeError(
      `[auditkit] Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris".`,
      {
        cause,
      },
    );
  }
  const utc = parts.resolvedOptions().timeZone === 'UTC';
  const cache = new Map<number, number>();

  const lookup = (ms: number) => {
    const values: Record<string, number> = {};
    let beforeChrist = false;
    for (const part of parts.formatToParts(ms))
      if (part.type === 'era') beforeChrist = part.value.startsWith('B');
      else if (part.type !== 'literal') values[part.type] = Number(part.value);
    const year = values.year ?? 1970;
    // utcTime, not Date.UTC, which reads the years 0–99 as 1900–1999 (an event of 0050 got an offset of centuries).
    const wall =
      utcTime(
        beforeChrist ? 1 - year : year,
        values.month ?? 1,
        values.day ?? 1,
        values.hour ?? 0,
        values.minute ?? 0,
        values.second ?? 0,
      ) ?? Number.NaN;
    return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
  };
  const offsetMinutes = (ms: number) => {
    if (utc) return 0;
    const bucket = Math.floor(ms / BUCKET_MS);
    let minutes = cache.get(bucket);
    if (minutes === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const start = lookup(bucket * BUCKET_MS);
      minutes = lookup(bucket * BUCKET_MS + BUCKET_MS - 1) === start ? start : Number.NaN;
      cache.set(bucket, minutes);
    }
    return Number.isNaN(minutes) ? lookup(ms) : minutes;
  };
  const local = (ms: number) => new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 23);
  const offset = (ms: number) => {
    const minutes = offsetMinutes(ms);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  };
  return {
    timeZone,
    offsetMinutes,
    local,
    offset,
    iso: (ms) => (utc ? new Date(ms).toISOString() : `${local(ms)}${offset(ms)}`),
  };
}
