import { parseAuditTime } from '@auditkit/headless';
import { boundedCache } from './boundedCache.ts';
import { effectiveTimeZone } from './effectiveTimeZone.ts';

// One formatter per (locale, zone): this runs for every timestamp cell and row label on every render, and
// constructing an Intl.DateTimeFormat is far dearer than formatting with one.
const formatters = boundedCache<Intl.DateTimeFormat>(32);

/**
 * Parses an event timestamp with headless's one parser: Frontegg's zone-less `2021-04-07 10:50:40.201` is UTC
 * (`new Date()` would read it as the viewer's local time); `undefined` for anything that is not a time, a number
 * beyond what a `Date` can hold included.
 */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = parseAuditTime(value);
  // The parser takes any finite number, but a Date holds only ±8.64e15 ms: epoch nanoseconds (1.7e18) in a custom
  // column make an Invalid Date, on which toISOString and Intl's format throw and would fail the whole table.
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * Absolute date and time in `zone`, with the zone's short name shown ("Nov 26, 2026, 01:02:03 UTC"), so a
 * reader never has to guess which clock the log uses. An unknown zone falls back to UTC rather than throwing.
 * `localZone` is what `'local'` means in this render (see `AuditUiValue.localTimeZone`); the runtime's zone without it.
 */
export function formatTimestamp(
  date: Date,
  zone: string,
  locale: string | undefined,
  localZone?: string,
): string {
  const timeZone = effectiveTimeZone(zone, localZone);
  const format = formatters(
    `${locale ?? ''}\u0000${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone }),
  );
  return format.format(date);
}
