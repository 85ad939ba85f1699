/**
 * The BCP 47 tag `Intl` reads for a locale an embedder passed, or `undefined` when it cannot read it (`''`, `'?'`).
 * Backends often store POSIX forms (`en_US`, `de_DE.UTF-8`): `Intl` throws a RangeError on those, which thrown in
 * render failed every part of the log, so they are read as the tag they mean (`en-US`, `de-DE`).
 *
 * @example
 * canonicalLocale('en_US'); // 'en-US'
 * canonicalLocale(''); // undefined: the caller's fallback (the pack's locale, else the browser's)
 */
export function canonicalLocale(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  // The POSIX form without its charset (`.UTF-8`) or modifier (`@euro`), with `-` between its parts.
  const posix = trimmed.replace(/[.@].*$/, '').replaceAll('_', '-');
  for (const candidate of [trimmed, posix]) {
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // Not a tag Intl reads: try the next reading, else the caller's fallback.
    }
  }
  return undefined;
}
