import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { encodePart, ownKeyOf, prefixed, searchPairs, urlKeys, viewLinkValue } from '../url/auditUrlKeys.ts';
import { columnsToSearch } from '../url/columnsSearch.ts';
import { withoutLinkedEvent } from '../url/linkedEvent.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { urlPrefix } from '../url/urlPrefix.ts';
import type { AuditView } from './auditViews.types.ts';

/** Options of `auditViewUrl`. */
export interface AuditViewUrlOptions {
  /** The page the link opens (`location.href`); its own keys outside the prefix are kept. */
  base: string;
  /** The URL keys' prefix, as given to `useAuditQueryState({ url })`. @default 'audit' */
  prefix?: string | undefined;
  /** The vendor's columns (their defaults decide what the link must spell out). */
  columns: readonly AuditColumn[];
  /**
   * The defaults of the log the link opens (`useAuditQueryState`'s `defaults`, from `<AuditLog defaultQuery>`): a
   * link leaves out only what equals them, as the log reads it. Without them, a view of all time or without the
   * host's default filters gave a link the log opened with those filters applied.
   * @default defaultAuditQuery
   */
  defaults?: AuditQuery | undefined;
}

/**
 * A link that opens the audit log on a view: its query and columns in the same URL keys as the live view, so
 * it works for anyone who can see the tenant's audit log, with or without the view saved. The time zone is
 * left to the reader's own choice. It ends with `audit.view=link`, which says it is a link: the log opens on
 * exactly the view, never on the reader's default view (`useAuditViews`), even when the view's query is the
 * log's defaults and so writes no key of its own ("All events").
 *
 * @example
 * ```ts
 * auditViewUrl(view, { base: location.href, columns });
 * // 'https://app.example/audit?audit.range=7d&audit.sev=High,Critical&audit.view=link'
 * ```
 */
export function auditViewUrl(view: AuditView, options: AuditViewUrlOptions): string {
  const { columns } = options;
  const prefix = urlPrefix(options.prefix, 'auditViewUrl');
  const url = new URL(options.base);
  // Without the live URL's linked event (`audit.event`, see auditEventUrl): a view opened from a copied link would
  // open that one event's details too. Its view mark goes too, and is written once, last.
  const base = searchPairs(withoutLinkedEvent(url.search, { prefix }))
    .filter((pair) => ownKeyOf(pair, prefix) !== urlKeys.view)
    .join('&');
  let search = queryToSearch(
    { ...view.query, page: 0 },
    { prefix, base, ...(options.defaults && { defaults: options.defaults }) },
  );
  search = columnsToSearch(view.columns, { prefix, columns, base: search });
  // Always, not only when the view equals the defaults: those are the sharer's, and the reader's log may have others
  // by the time the link is opened (a host that changed its `defaultQuery`); the mark says "this view" either way.
  const mark = `${encodePart(prefixed(prefix, urlKeys.view))}=${viewLinkValue}`;
  url.search = search ? `${search}&${mark}` : mark;
  return url.toString();
}
