import { maxAuditSearchText, type AuditSearchTerm } from '@auditkit/headless';

/**
 * The most search text `parseAuditSearch` reads (headless's `maxAuditSearchText`, 8 KiB). Past it, the rest of the
 * text is one free-text term with an `invalid-value` problem, not applied.
 */
export const searchTextRead = maxAuditSearchText;

/**
 * Whether a free-text term with an `invalid-value` problem is that rest (past `searchTextRead`), rather than free
 * text over what a link carries (`auditQueryLimits.search`), for a problem without a `reason` (one a host made):
 * only the rest ends past the text that is read (every other term comes from within it).
 */
export const isPastSearchTextRead = (term: AuditSearchTerm): boolean => term.end > searchTextRead;
