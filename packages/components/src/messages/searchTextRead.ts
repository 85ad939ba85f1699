import type { AuditSearchTerm } from '@auditkit/headless';

/**
 * The most search text `parseAuditSearch` reads: 8 KiB (headless's `maxAuditSearchText`, which its entries do not
 * export). Past it, the rest of the text is one free-text term with an `invalid-value` problem, not applied.
 */
export const searchTextRead = 8 * 1024;

/**
 * Whether a free-text term with an `invalid-value` problem is that rest (past `searchTextRead`), rather than free
 * text over what a link carries (`auditQueryLimits.search`): the problem says neither limit, but only the rest
 * ends past the text that is read (every other term comes from within it).
 */
export const isPastSearchTextRead = (term: AuditSearchTerm): boolean => term.end > searchTextRead;
