import { boundedCache } from './boundedCache.ts';

// Counts are formatted on every render of the pagination, stats and export progress; one formatter per locale.
const formatters = boundedCache<Intl.NumberFormat>(16);

/** Formats a count with `Intl` in the given locale (grouping separators: 12,345). */
export function formatNumber(value: number, locale: string | undefined): string {
  return formatters(locale ?? '', () => new Intl.NumberFormat(locale)).format(value);
}

const percentFormatters = boundedCache<Intl.NumberFormat>(16);

/** A fraction as a percentage in the given locale: `0.5` → `50%` (en), `50 %` (de, fr). */
export function formatPercent(fraction: number, locale: string | undefined): string {
  return percentFormatters(locale ?? '', () => new Intl.NumberFormat(locale, { style: 'percent' })).format(
    fraction,
  );
}
