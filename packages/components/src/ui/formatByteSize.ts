import { boundedCache } from './boundedCache.ts';

const formatters = boundedCache<Intl.NumberFormat>(16);

/** A file size for people: `58 kB`, `1.2 MB`, `270 MB` (decimal units, as file managers show them). */
export function formatByteSize(bytes: number, locale: string | undefined): string {
  const [unit, value] =
    bytes >= 1e9
      ? (['gigabyte', bytes / 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', bytes / 1e6] as const)
        : (['kilobyte', Math.max(1, bytes / 1e3)] as const);
  return formatters(`${locale ?? ''}\u0000${unit}`, () => {
    try {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 });
    } catch {
      return new Intl.NumberFormat(undefined, { style: 'unit', unit, maximumFractionDigits: 1 });
    }
  }).format(value);
}
