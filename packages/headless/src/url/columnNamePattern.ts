// Two rules for a column's name where it travels as text. A link or a saved view carries any name a vendor
// gives a column (`geo.country`, `x-request-id`, `País`, `Risk score`): a filter's key is percent-encoded whole
// (`audit.Risk+score=high`), the column list escapes its separators (`audit.cols=a\,b,-\-x`), the sort key
// splits at its last `:`, and a view is JSON. In search text a bare field name is a letter or `_`, then letters,
// marks and digits of any script, `_`, `.` and `-` (`searchFieldNameSource`); any other name is written in quotes,
// escaped as a quoted value is (`"Risk score":high`, `"2fa":x`: tokenizeAuditSearch). A filterable column is written
// under a name of its own that can be typed bare where it has one (auditSearchFields), a filter on a column that is
// no search field under its name quoted (formatAuditSearch).
// Names are data: every lookup by them goes through a Map or own keys, so `__proto__` stays a name.

/** The characters a name may hold after its first (a regular expression class body, `u` flag). */
export const nameCharacters = String.raw`\p{L}\p{M}\p{N}_.\-`;

/**
 * A field name as typed in search text: a letter or `_` first (so `10:30` and `2026-11-01T10:00` stay free
 * text), then name characters. Unanchored, for building the tokenizer's patterns.
 */
export const searchFieldNameSource = String.raw`[\p{L}_][${nameCharacters}]*`;

/**
 * A column name a link or a saved view carries as a filter or a sort: 1 to 200 characters, none a control character, a
 * lone surrogate (which no URL can encode), `[` or `]`. A filter on a column must never be lost on its way through
 * a link or a view, whatever the vendor called the column; the length bounds what a hostile link can make the page
 * hold. Brackets stay out because a filter's name becomes a request's parameter name, and servers read
 * `tenant_ids[]=x` as `tenant_ids` and `action[$ne]=x` as an operator (qs, PHP, Rails): a link could otherwise
 * set the API's own parameters under another spelling whenever the metadata that would refuse it is not there.
 */
export const columnNamePattern = /^[^\p{Cc}\p{Cs}[\]]{1,200}$/u;

/**
 * A column name in a column choice (the link's `cols` list, a saved view's columns): as `columnNamePattern`, but
 * brackets are allowed. A choice only says which columns show, it never becomes a request's parameter, and the
 * URL writer percent-encodes brackets; refusing them hid nothing: hiding a default-visible `meta[ip]` was dropped
 * from the link and the view, and the column came back visible.
 */
export const columnChoiceNamePattern = /^[^\p{Cc}\p{Cs}]{1,200}$/u;
