// Whole days in the viewer's time zone. Written by hand because it is a few lines over Intl and the headless
// package carries no date library; Intl knows every zone's offsets, including daylight-saving changes.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size > 32) formatters.clear();
    formatters.set(zone, format);
  }
  return format;
}

/** A usable IANA zone: `'local'` becomes the browser's, an unknown name becomes UTC (never a throw). */
export function safeZone(zone: string | undefined): string {
  if (zone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return 'UTC';
  try {
    formatter(zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The calendar date and wall-clock time of an instant in a zone. */
export function zonedParts(instant: number, zone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) {
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

const offsetAt = (instant: number, zone: string) => {
  const p = zonedParts(instant, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
};

/** The instant a wall-clock time happens in a zone (a skipped hour resolves forward, as browsers do). */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  zone: string,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Two passes: the offset at the guess may differ from the offset at the answer near a daylight-saving change.
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function zonedDate(instant: number, zone: string): string {
  const { year, month, day } = zonedParts(instant, zone);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first instant of the day an instant falls on, in a zone. */
export function startOfZonedDay(instant: number, zone: string): number {
  const { year, month, day } = zonedParts(instant, zone);
  return zonedTimeToInstant(year, month, day, zone);
}
