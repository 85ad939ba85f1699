import { describe, expect, it } from 'vitest';
import { canonicalLocale } from './canonicalLocale.ts';

describe('canonicalLocale', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-us', 'en-US'],
    ['en_US', 'en-US'],
    ['de_CH.UTF-8', 'de-CH'],
    ['ca_ES@valencia', 'ca-ES'],
    [' fr-CA ', 'fr-CA'],
  ])('reads %j as %j', (tag, canonical) => {
    expect(canonicalLocale(tag)).toBe(canonical);
  });

  it.each([undefined, '', '   ', 'not a locale', '_'])(
    'gives undefined for %j, which Intl cannot read',
    (tag) => {
      expect(canonicalLocale(tag)).toBeUndefined();
    },
  );
});
