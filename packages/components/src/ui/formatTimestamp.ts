import { resolveTimeZone, isValidTimeZone } from './resolveTimeZone.ts';

/** Parses an event timestamp; `undefined` for anything that is not a valid date. */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Absolute date and time in `zone`, with the zone's short name shown ("Nov 26, 2026, 01:02:03 UTC"), so a
 * reader never has to guess which clock the log uses. An unknown zone falls back to UTC rather than throwing.
 */
export function formatTimestamp(date: Date, zone: string, locale: string | undefined): string {
  const timeZone = isValidTimeZone(zone) ? resolveTimeZone(zone) : 'UTC';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone,
  }).format(date);
}
