import { boundedCache } from './boundedCache.ts';

// One per locale: every timestamp cell formats its relative time on each render (the hot path of the table).
const formatters = boundedCache<Intl.RelativeTimeFormat>(16);

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * "5 minutes ago" / "in 2 days" in the given locale through `Intl.RelativeTimeFormat`: every locale the browser
 * has, at no bundle cost (a date library's locales would cost kilobytes each).
 */
export function formatRelativeTime(date: Date, now: Date, locale: string | undefined): string {
  const diff = date.getTime() - now.getTime();
  const format = formatters(locale ?? '', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms || unit === 'second') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}
