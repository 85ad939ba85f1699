// Wall-clock text (`<input type="datetime-local">`'s `2026-11-26T09:30`) in a chosen IANA zone, to and from
// ISO instants. Written by hand on Intl: date-fns needs @date-fns/tz for zones, a dependency for two small,
// well-tested functions the rest of the library does not need.

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone, as if they were UTC (ms). */
function wallClockAsUtc(time: number, timeZone: string): number {
  const parts: Record<string, number> = Object.create(null);
  for (const part of formatterOf(timeZone).formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/**
 * An instant as `YYYY-MM-DDTHH:mm` wall-clock text in `timeZone` (an IANA name or `'UTC'`); `''` for a
 * missing or invalid instant.
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

/**
 * `YYYY-MM-DDTHH:mm` wall-clock text read in `timeZone`, as an ISO instant; `undefined` for empty or invalid
 * text. As Temporal's `'compatible'` choice: a time shown twice (clocks going back) is the earlier instant, a
 * time skipped (clocks going forward) is read with the offset before the jump, so it lands just after the gap.
 *
 * @example
 * ```ts
 * zonedInputToIso('2026-11-26T09:30', 'America/New_York'); // '2026-11-26T14:30:00.000Z'
 * ```
 */
export function zonedInputToIso(value: string, timeZone: string): string | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  if (Number.isNaN(wall)) return undefined;
  // The zone's offsets half a day either side cover any daylight-saving change near this time.
  const offsetAt = (time: number) => wallClockAsUtc(time, timeZone) - time;
  const before = wall - offsetAt(wall - 43_200_000);
  const after = wall - offsetAt(wall + 43_200_000);
  const exact = [before, after].filter((time) => wallClockAsUtc(time, timeZone) === wall);
  return new Date(exact.length > 0 ? Math.min(...exact) : before).toISOString();
}
