/**
 * Characters that change how the text around them reads without showing themselves. The bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn `Deleted \u202Efdp.exe` into what looks like
 * "Deleted exe.pdf"; the zero-width space, the word joiner, a byte-order mark, the soft hyphen, the Hangul fillers,
 * the tag characters and the rest make two different names look the same. An audit trail must read as what was
 * recorded, so each shows as its code point. Unicode's own sets (default-ignorable code points, format characters)
 * rather than a hand list, as formulaTrigger.ts does: a character we did not think of, or one Unicode adds, is
 * covered when Unicode says it is invisible.
 *
 * Left as they are, as scripts and emoji need them and they reverse nothing: the joiners (U+200C, U+200D), the
 * directional marks (U+200E, U+200F, the Arabic letter mark U+061C) and the variation selectors. Also left: the
 * format characters that draw a glyph of their own over the digits after them (Unicode's prepended concatenation
 * marks: U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD), which hide nothing. Tag
 * characters' one use in text, a subdivision flag (England's), reads as a black flag and its marks: a name that can
 * hide "admin" in tags is the greater harm.
 */
// A negative lookahead, not set subtraction (the `v` flag): the package targets ES2022.
const hidden =
  /(?![\u061C\u200C-\u200F\p{Variation_Selector}\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

// The code point, not the UTF-16 unit: a tag character is two units, and its first alone says nothing.
const mark = (character: string) =>
  `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Event text with its invisible formatting characters shown, as `⟨U+202E⟩`.
 *
 * @example
 * ```ts
 * revealHiddenText('Deleted \u202Efdp.exe'); // 'Deleted ⟨U+202E⟩fdp.exe'
 * ```
 */
export const revealHiddenText = (text: string): string => text.replace(hidden, mark);
