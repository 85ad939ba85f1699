// The blocks of the scripts written right to left: Hebrew to Arabic Extended-A, the Hebrew and Arabic presentation
// forms, and the supplementary planes' right-to-left ranges (Imperial Aramaic to Elymaic, Mende Kikakui to the
// Arabic mathematical letters). Letters in them are strong right to left; their digits and marks are tested for
// letterhood apart, with `letter`.
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const letter = /\p{L}/u;
const spaces = /\s+/;

/** A line break: each line of such text keeps its own direction (`unicode-bidi: plaintext`, which reads per line). */
const lineBreak = /[\n\r\u2028\u2029]/;

/**
 * The direction a one-line text reads in when its first letter would lay it out the wrong way, else `undefined`
 * (CSS's `unicode-bidi: plaintext`, the first strong letter, decides; the common case, with no right-to-left letter,
 * is decided by one scan). That is a name at the start of a sentence in the other direction: the words of the first
 * letter's direction form one leading run, every word after it is of the other direction, and those are more. So
 * "نور الهدى changed their password" (an English sentence starting with an Arabic name) reads left to right and "Ada
 * Lovelace שינתה את הסיסמה" right to left, where the first letter would have laid each out the other way; a Hebrew
 * sentence with Latin terms in it ("הוגדר SSO עם Okta for Acme Corp") or a few at its end keeps its first letter's
 * direction, as a count of words alone would not. Each word counts by its first letter; words without one (numbers,
 * punctuation, emoji) do not count.
 *
 * @example
 * ```ts
 * textDirection('Role changed'); // undefined
 * textDirection('نور الهدى changed their password'); // 'ltr'
 * textDirection('המשתמש שינה את הסיסמה ב-Acme Cloud'); // undefined: right to left, as its first letter says
 * ```
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  if (!rightToLeft.test(text) || lineBreak.test(text)) return undefined;
  const directions: ('ltr' | 'rtl')[] = [];
  for (const word of text.split(spaces)) {
    const first = letter.exec(word)?.[0];
    if (first !== undefined) directions.push(rightToLeft.test(first) ? 'rtl' : 'ltr');
  }
  const lead = directions[0];
  // Right-to-left digits or marks alone: nothing to say over the first letter.
  if (lead === undefined) return undefined;
  let run = 0;
  while (directions[run] === lead) run += 1;
  const rest = directions.length - run;
  if (rest === 0 || directions.slice(run).includes(lead)) return undefined;
  return rest > run ? directions[run] : undefined;
}
