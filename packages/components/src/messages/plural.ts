/** The text for each plural category of a locale; `other` is required, since every locale has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the plural form of a count with `Intl.PluralRules` in the pack's locale: German has two forms, French and
 * Spanish three ("1 000 000 d'événements"), Hebrew three, Japanese one. The rules object is made on first use, so
 * importing a pack costs nothing until a count is shown.
 *
 * @example
 * const plural = pluralOf('de');
 * plural(1, { one: '1 Ereignis', other: '5 Ereignisse' }); // '1 Ereignis'
 */
export function pluralOf(locale: string): (count: number | undefined, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  return (count, forms) => {
    // A count not known yet (an export's total before the server says it) reads as several: `other`. Read as 0 it
    // was French's singular ("200 sur … événement exporté").
    if (count === undefined) return forms.other;
    rules ??= new Intl.PluralRules(locale);
    return forms[rules.select(count)] ?? forms.other;
  };
}
