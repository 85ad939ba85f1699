import { canonicalLocale } from './canonicalLocale.ts';

/**
 * The locale to format a translation's dates and numbers in for this reader: the first of their browser's
 * languages (`navigator.languages`) in the translation's language, else the translation's own locale. A pack names
 * only a language (`'en'`, `'fr'`), which `Intl` formats as its default region's (en-US, fr-FR): a UK reader saw
 * "Nov 26, 2026, 2:05:03 PM" for en-GB's "26 Nov 2026, 14:05:03", and a fr-CA reader lost their export's format.
 *
 * @example
 * readerLocale('en', ['en-GB', 'en']); // 'en-GB'
 * readerLocale('en', ['de-CH']); // 'en': the reader's region of another language says nothing about English
 */
export function readerLocale(translationLocale: string, languages: readonly string[]): string {
  const language = new Intl.Locale(translationLocale).language;
  for (const tag of languages) {
    const reader = canonicalLocale(tag);
    if (reader && new Intl.Locale(reader).language === language) return reader;
  }
  return translationLocale;
}
