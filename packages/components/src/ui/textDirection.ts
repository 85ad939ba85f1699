// The blocks of the scripts written right to left: Hebrew to Arabic Extended-A, the Hebrew and Arabic presentation
// forms, and the supplementary planes' right-to-left ranges (Imperial Aramaic to Elymaic, Mende Kikakui to the
// Arabic mathematical letters). Letters in them are strong right to left; their digits and marks are tested for
// letterhood apart, with `letter`.
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const letter = /\p{L}/u;
const spaces = /\s+/;

/**
 * Share of the words with a direction above which a text reads right to left. Under a half: a right-to-left
 * sentence often carries several left-to-right words (a product's name, an address, a term), more rarely the
 * other way round.
 */
const rightToLeftShare = 0.4;

/**
 * The direction a text reads in, from all its words rather than its first letter, or `undefined` when it has no
 * right-to-left letter (the common case, decided by one scan): such text needs no `dir`. Each word counts by its
 * first letter; words without one (numbers, punctuation, emoji) do not count. Right to left when over 40% of the
 * counted words are, so "نور الهدى changed their password" (an English sentence starting with an Arabic name)
 * reads left to right, where `dir="auto"` or `unicode-bidi: plaintext` would lay it out right to left.
 *
 * @example
 * ```ts
 * textDirection('Role changed'); // undefined
 * textDirection('نور الهدى changed their password'); // 'ltr'
 * textDirection('המשתמש שינה את הסיסמה ב-Acme Cloud'); // 'rtl'
 * ```
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  if (!rightToLeft.test(text)) return undefined;
  let counted = 0;
  let rtl = 0;
  for (const word of text.split(spaces)) {
    const first = letter.exec(word)?.[0];
    if (first === undefined) continue;
    counted += 1;
    if (rightToLeft.test(first)) rtl += 1;
  }
  // Right-to-left digits or marks alone, or inside left-to-right words: nothing to say over the first letter.
  if (rtl === 0) return undefined;
  return rtl > counted * rightToLeftShare ? 'rtl' : 'ltr';
}
