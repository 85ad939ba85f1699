/**
 * A column's name as the picker's filter compares it: lower case, in Unicode's composed form, without the accents
 * of Latin, Greek and Cyrillic letters, so `cafe` finds "Café" however the metadata spells it (a combining accent,
 * as macOS writes it, or one character). Only those combining marks (U+0300–U+036F) go: the marks other scripts
 * spell with (Hebrew points, Japanese voicing marks, Indic vowel signs) are letters there, and stay.
 *
 * @example
 * columnMatchText('Café ') === columnMatchText('CAFE\u0301 ') // 'cafe '
 */
export function columnMatchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}
