/**
 * The most search text read: 8 KiB, the longest query string the audits API takes (a longer request is refused
 * with 400), and a query's request is no shorter than its text (every value, the free text and a field's name go
 * into it, the time as longer ISO bounds), so text past it could not be sent anyway; what a link or a view carries
 * (`auditQueryLimits`: 1,000 characters of free text, up to 100 values of 500 a filter) fits well beyond that
 * limit's own search text. Read whole, a pasted megabyte took seconds (one object a term) on every keystroke.
 * In its own file, so the main entry exports it without the parser (a UI says this limit in its own words).
 */
export const maxAuditSearchText = 8 * 1024;
