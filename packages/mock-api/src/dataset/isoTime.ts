// `Date#toISOString` costs about a microsecond, a third of making an event; events of one day share their date,
// so the date part is memoised and the time of day is assembled from a table.

const DAY_MS = 86_400_000;
const two = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const three = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
let memoDay = NaN;
let memoDate = '';

/** The same text as `new Date(ms).toISOString()`, faster for many times on the same days. */
export function isoFromMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= 253_402_300_800_000) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== memoDay) {
    memoDay = day;
    memoDate = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return `${memoDate}${two[hour]}:${two[minute]}:${two[second]}.${three[milli]}Z`;
}

/** Frontegg's own form of an event time: `2021-04-07 10:50:40.201` (UTC, a space instead of `T`, no zone). */
export function fronteggTimeFromMs(ms: number): string {
  const iso = isoFromMs(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}
