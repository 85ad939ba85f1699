import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
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
 * left to the reader's own choice.
 *
 * @example
 * ```ts
 * auditViewUrl(view, { base: location.href, columns });
 * // 'https://app.example/audit?audit.sev=High,Critical&audit.range=7d'
 * ```
 */
export function auditViewUrl(view: AuditView, options: AuditViewUrlOptions): string {
  const { columns } = options;
  const prefix = urlPrefix(options.prefix, 'auditViewUrl');
  const url = new URL(options.base);
  // Without the live URL's linked event (`audit.event`, see auditEventUrl): a view opened from a copied link would
  // open that one event's details too.
  let search = queryToSearch(
    { ...view.query, page: 0 },
    {
      prefix,
      base: withoutLinkedEvent(url.search, { prefix }),
      ...(options.defaults && { defaults: options.defaults }),
    },
  );
  search = columnsToSearch(view.columns, { prefix, columns, base: search });
  url.search = search;
  return url.toString();
}
