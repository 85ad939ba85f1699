/**
 * Characters that change how the text around them reads without showing themselves. The bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn `Deleted \u202Efdp.exe` into what looks like
 * "Deleted exe.pdf"; the zero-width space, the word joiner and the invisible operators after it (U+2060–U+2064), a
 * byte-order mark, the soft hyphen (U+00AD), the combining grapheme joiner (U+034F), the Mongolian vowel separator
 * (U+180E) and the tag characters (U+E0000–U+E007F) inside text make two different names look the same. An audit
 * trail must read as what was recorded, so each shows as its code point. The joiners (U+200C, U+200D), the
 * directional marks (U+200E, U+200F) and the variation selectors stay: scripts and emoji need them, and they
 * reverse nothing. Tag characters' one use in text, a subdivision flag (England's), reads as a black flag and its
 * marks: a name that can hide "admin" in tags is the greater harm.
 */
// U+034F first: after another character in a class it reads as one combined character
// (no-misleading-character-class).
const hidden = /[\u034F\u00AD\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;

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
