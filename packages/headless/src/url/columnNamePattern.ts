// One rule for a column's name wherever it travels as text: a search term's field (`geo.country:FR`), a URL
// key (`audit.x-request-id=abc`), the column list (`audit.cols=País,-geo.country`) and a stored view. Letters,
// marks and digits of any script, `_`, `.` and `-`: vendors name custom columns `geo.country`, `x-request-id`
// or `País`. None of `= & , : + %` or white space, so a name never has to be escaped inside a key, a list or a
// term; a name never starts with `-` (a hidden column in the list) or `.`.
// Names are data: every lookup by them goes through a Map or own keys, so `__proto__` stays a name.

/** The characters a name may hold after its first (a regular expression class body, `u` flag). */
const nameCharacters = String.raw`\p{L}\p{M}\p{N}_.\-`;

/**
 * A field name as typed in search text: a letter or `_` first (so `10:30` and `2026-11-01T10:00` stay free
 * text), then name characters. Unanchored, for building the tokenizer's patterns.
 */
export const searchFieldNameSource = String.raw`[\p{L}_][${nameCharacters}]*`;

/**
 * A column name a link, a saved view or the column list may carry: a letter, digit or `_` first, then name
 * characters, 64 at most. Every name the search language can type passes (up to that length).
 */
export const columnNamePattern = new RegExp(String.raw`^[\p{L}\p{N}_][${nameCharacters}]{0,63}$`, 'u');

/**
 * The name of a filtered column as a link's key (`audit.Risk+score=high`) or a saved view carries it: any name of
 * 1 to 200 characters without control characters or lone surrogates (which no URL can encode). Wider than
 * `columnNamePattern`: a key is percent-encoded whole, so it needs no separator kept out of the name, and a
 * filter the user set from the column's own menu must not go missing from the link they share or reload (a
 * vendor may name a column `Risk score`). Only the search language, the column list and the sort key, which
 * hold names between separators, keep the narrower rule.
 */
export const filterColumnNamePattern = /^[^\p{Cc}\p{Cs}]{1,200}$/u;
