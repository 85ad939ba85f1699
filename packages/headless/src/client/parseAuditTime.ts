// Frontegg's events carry `createdAt` as `2021-04-07 10:50:40.201`: UTC, but with neither a `T` nor a zone, and
// `new Date()` reads such a value as the viewer's local time. This is the one place a timestamp of the API is read;
// everything (table, details, new-events count, export snapshot, request planning) goes through it. It builds the
// instant with Date.UTC from the matched parts instead of handing the text to Date.parse, whose reading of
// zone-less and non-ISO strings differs between engines.

const isoLike =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Epoch milliseconds of an audit timestamp, or `undefined` when the value is not one. A time without a zone is
 * UTC (Frontegg's `2021-04-07 10:50:40.201`); ISO 8601 with `Z` or an offset, a plain date (midnight UTC) and
 * epoch milliseconds are read too. Anything else, including non-ISO text a browser would guess at, is not a time.
 *
 * @example
 * ```ts
 * auditTimeMs('2021-04-07 10:50:40.201'); // 1617792640201, whatever the viewer's zone
 * auditTimeMs('2021-04-07T12:50:40.201+02:00'); // 1617792640201
 * ```
 */
export function auditTimeMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== 'string') return undefined;
  const match = isoLike.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offset = zoneOffsetMinutes(zone);
  if (Math.abs(offset) > 18 * 60) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 31 April over into May: such a date does not exist.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - offset * 60_000;
}

/**
 * An audit timestamp as a `Date`, or `undefined` when the value is not one (see {@link auditTimeMs}: a time
 * without a zone is UTC).
 *
 * @example
 * ```ts
 * parseAuditTime('2021-04-07 10:50:40.201')?.toISOString(); // '2021-04-07T10:50:40.201Z'
 * parseAuditTime('yesterday'); // undefined
 * ```
 */
export function parseAuditTime(value: unknown): Date | undefined {
  const time = auditTimeMs(value);
  return time === undefined ? undefined : new Date(time);
}
