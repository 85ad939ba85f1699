import { describe, expect, it } from 'vitest';
import { readerLocale } from './readerLocale.ts';

describe('readerLocale', () => {
  it.each([
    ['en', ['en-GB', 'en'], 'en-GB'],
    ['fr', ['en-US', 'fr-CA'], 'fr-CA'],
    ['de', ['de_CH'], 'de-CH'],
    ['en', ['de-CH', 'fr-CA'], 'en'],
    ['en', ['', 'not a locale', 'en-AU'], 'en-AU'],
    ['en', [], 'en'],
  ])('formats %j for a reader with %j in %j', (translationLocale, languages, expected) => {
    expect(readerLocale(translationLocale, languages)).toBe(expected);
  });
});
