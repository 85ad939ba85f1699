import { limits, ownKeyOf, readOwnKeys, searchPairs, urlKeys } from './auditUrlKeys.ts';

/**
 * An event id a link may carry: 1 to 200 characters (Frontegg's ids are UUIDs; the bound stops a hostile link from
 * making the page hold more), none a control character or a lone surrogate. It is only ever compared with the
 * rows' ids and never shown as HTML.
 */
const eventIdPattern = new RegExp(`^[^\\p{Cc}\\p{Cs}]{1,${limits.eventId}}$`, 'u');

/** Whether a value may travel in a link as an event's id. */
export const isLinkableEventId = (id: unknown): id is string =>
  typeof id === 'string' && eventIdPattern.test(id);

/** Options of `linkedEventFromSearch`. */
export interface LinkedEventOptions {
  /** The URL keys' prefix, as given to `useAuditQueryState({ url })`. @default 'audit' */
  prefix?: string | undefined;
}

/**
 * The id of the event a link points at (`audit.event=<id>`, written by `auditEventUrl`), or `undefined` when the
 * query string (with or without `?`) has none or one that is no id (too long, control characters, a malformed
 * escape). Never throws.
 *
 * @example
 * ```ts
 * linkedEventFromSearch('?tab=logs&audit.event=4f1c…'); // '4f1c…'
 * ```
 */
export function linkedEventFromSearch(search: string, options: LinkedEventOptions = {}): string | undefined {
  const id = readOwnKeys(search, options.prefix ?? 'audit').get(urlKeys.event);
  return isLinkableEventId(id) ? id : undefined;
}

/**
 * A query string (with or without `?`; returned without) with the linked event's key of the prefix removed and
 * every other pair kept byte for byte: for `writeAuditUrl`, once the user has moved on from the linked event.
 *
 * @example
 * ```ts
 * writeAuditUrl('audit', 'event', (search) => withoutLinkedEvent(search, { prefix: 'audit' }), 'replace');
 * ```
 */
export const withoutLinkedEvent = (search: string, options: LinkedEventOptions = {}): string =>
  searchPairs(search)
    .filter((pair) => ownKeyOf(pair, options.prefix ?? 'audit') !== urlKeys.event)
    .join('&');
