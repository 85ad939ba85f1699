// RFC 3339 date-times only: a zone is required, so nothing is ever read in the server's local time, and the
// calendar is checked (2026-02-30 is refused, not rolled over to March 2 as `Date.parse` would).
const rfc3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Epoch ms of an RFC 3339 date-time, or `undefined` when it is not one (or names a day that does not exist). */
export function parseDateTime(text: string): number | undefined {
  const match = rfc3339.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, , zh, zm] = match.map(Number) as number[];
  // `setUTCFullYear`, not `Date.UTC`: `Date.UTC` reads years 0 to 99 as 1900 to 1999, which would refuse every
  // valid date of years 0000 to 0099.
  const day = new Date(0);
  day.setUTCFullYear(y!, mo! - 1, d!);
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo! - 1 || day.getUTCDate() !== d) return undefined;
  if (h! > 23 || mi! > 59 || s! > 60 || (zh ?? 0) > 23 || (zm ?? 0) > 59) return undefined;
  const ms = Date.parse(text.replace(' ', 'T'));
  return Number.isFinite(ms) ? ms : undefined;
}
