import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { auditTimeAround } from '../query/auditTimeAround.ts';
import { encodePart, ownKeyOf, prefixed, searchPairs, urlKeys } from '../url/auditUrlKeys.ts';
import { isLinkableEventId } from '../url/linkedEvent.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { urlPrefix } from '../url/urlPrefix.ts';

/** Options of `auditEventUrl`. */
export interface AuditEventUrlOptions {
  /** The page the link opens (`location.href`); its own keys outside the prefix are kept. */
  base: string;
  /** The URL keys' prefix, as given to `useAuditQueryState({ url })`. @default 'audit' */
  prefix?: string | undefined;
  /**
   * The defaults of the log the link opens (`useAuditQueryState`'s `defaults`): a filter or search text they
   * set is written cleared, so the event is found whatever the log opens on.
   * @default defaultAuditQuery
   */
  defaults?: AuditQuery | undefined;
}

/** How far before and after the event's time the link's window reaches. */
const windowMs = 1000;

/**
 * A link that opens the audit log on one event: the log shows a window of a second either side of the event's
 * time, with no other filter and no search text, and opens the event's details once it is among the rows
 * (`linkedEventFromSearch` reads it back). A window rather than the instant: whether the API's time bounds are
 * inclusive is not known, and the service may keep times to the second; two seconds hold the event and its
 * neighbours. Every filter and the search text are left out so the link finds the event whatever the recipient's
 * defaults, and the column choice too, so opening it never rewrites the recipient's columns. The page's own keys
 * outside the prefix are kept.
 *
 * `undefined` when the event cannot be linked to: its time is not one (`parseAuditTime`), or its id is empty,
 * longer than 200 characters or holds control characters.
 *
 * @example
 * ```ts
 * auditEventUrl(event, { base: location.href });
 * // 'https://app.example/audit?audit.from=2021-04-07T10:50:39.201Z&audit.to=2021-04-07T10:50:41.201Z&audit.event=4f1c…'
 * ```
 */
export function auditEventUrl(
  event: { readonly frontegg_id?: unknown; readonly createdAt?: unknown },
  options: AuditEventUrlOptions,
): string | undefined {
  const prefix = urlPrefix(options.prefix, 'auditEventUrl');
  const id = event.frontegg_id;
  const time = auditTimeAround(event.createdAt, windowMs);
  if (!isLinkableEventId(id) || time === undefined) return undefined;
  const defaults = options.defaults ?? defaultAuditQuery;
  const url = new URL(options.base);
  // Every key of the log's goes (the query's, the column list, an earlier event link); the host's stay as they are.
  const hostOnly = searchPairs(url.search)
    .filter((pair) => ownKeyOf(pair, prefix) === undefined)
    .join('&');
  const query: AuditQuery = {
    ...defaults,
    search: '',
    filters: {},
    time,
    page: 0,
  };
  const search = queryToSearch(query, { prefix, base: hostOnly, defaults });
  const eventPair = `${encodePart(prefixed(prefix, urlKeys.event))}=${encodePart(id)}`;
  url.search = search ? `${search}&${eventPair}` : eventPair;
  return url.toString();
}
