/**
 * Characters that change how the text around them reads without showing themselves. The bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn `Deleted \u202Efdp.exe` into what looks like
 * "Deleted exe.pdf"; the zero-width space, the word joiner and a byte-order mark inside text make two different
 * names look the same. An audit trail must read as what was recorded, so each shows as its code point. The
 * joiners (U+200C, U+200D) and the directional marks (U+200E, U+200F) stay: scripts and emoji need them, and they
 * reverse nothing.
 */
const hidden = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

const mark = (character: string) =>
  `⟨U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Event text with its invisible formatting characters shown, as `⟨U+202E⟩`.
 *
 * @example
 * ```ts
 * revealHiddenText('Deleted \u202Efdp.exe'); // 'Deleted ⟨U+202E⟩fdp.exe'
 * ```
 */
export const revealHiddenText = (text: string): string => text.replace(hidden, mark);
