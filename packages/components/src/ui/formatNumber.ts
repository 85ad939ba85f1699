/** Formats a count with `Intl` in the given locale (grouping separators: 12,345). */
export function formatNumber(value: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale).format(value);
}
