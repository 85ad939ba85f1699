import { isValidTimeZone, resolveTimeZone } from './resolveTimeZone.ts';

/**
 * The IANA zone the log really draws its times in, for a chosen `zone` (`'local'`, `'UTC'`, an IANA name):
 * `'local'` is `localZone` (`AuditUiValue.localTimeZone`: the server's zone until hydrated, then the browser's),
 * or the runtime's zone without it; an unknown zone is `'UTC'`, and a development build warns once about it.
 *
 * One rule for every reader of the zone (timestamps, relative times, the time range's inputs, the picker), so a
 * cell, its "2 days ago" and the range's From never disagree about which clock they use. Headless's
 * `resolveAuditTimeZone` is not it: it knows no `localZone`, so a server and the render that hydrates would
 * differ; it reads `''` as local, where this reads it as UTC; it does not warn; and it builds an
 * `Intl.DateTimeFormat` on each `'local'` or unknown zone, where this runs for every row on every render and
 * only looks up `isValidTimeZone`'s cache and the remembered runtime zone.
 *
 * @example
 * ```ts
 * const { timeZone, localTimeZone } = useAuditUi();
 * isoToZonedInput(range.from, effectiveTimeZone(timeZone, localTimeZone)); // 'Europe/Pariss' → read as UTC
 * ```
 */
export function effectiveTimeZone(zone: string, localZone?: string): string {
  const chosen = zone === 'local' && localZone ? localZone : zone;
  return isValidTimeZone(chosen) ? resolveTimeZone(chosen) : 'UTC';
}
