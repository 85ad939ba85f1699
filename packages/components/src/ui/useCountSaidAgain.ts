import type { AuditQuery } from '@auditkit/headless';
import { useState } from 'react';
import { sameMatches } from './sameQuery.ts';
import { useSaidAgain } from './useSaidAgain.ts';

/**
 * A result count's text (or what stands in its place), said again once the answer to other matches has come:
 * another filter, search or time range whose answer has the same count ("Last 365 days" holding every event) was no
 * change to the region's text, and nothing was heard that it had answered. Not for the same query asked again in
 * the background, nor for another page, page size or sort, which match the same events (the pager says the range).
 *
 * Call it in a component that draws the region and little more (see `AuditTableAnnouncement`): when the count is
 * the same, the region is emptied and filled again in a render of its own a frame after the answer's, and
 * everything the calling component draws renders again with it.
 *
 * @param message what the region says now
 * @param query the query the list asks for
 * @param answered whether the list's answer to `query` is in (not pending, not loading it behind the previous one)
 *
 * @example
 * ```tsx
 * const list = useAuditList(query);
 * const answered = !list.isPending && !list.isRefreshing;
 * const count = useCountSaidAgain(resultCountText(list, messages, locale), query, answered);
 * return <LiveRegion message={count} />;
 * ```
 */
export function useCountSaidAgain(message: string, query: AuditQuery, answered: boolean): string {
  // The query of the answer in, kept while later queries match the same events: none yet when the list first
  // loads (a dialog opened while it did says its count). An answer to other matches is a new occasion to say it.
  const [answeredQuery, setAnsweredQuery] = useState(answered ? query : null);
  const anew =
    answered && answeredQuery !== query && !(answeredQuery !== null && sameMatches(answeredQuery, query));
  if (anew) setAnsweredQuery(query);
  // The new occasion passed at once, with the words it came with (useSaidAgain compares them with those shown).
  return useSaidAgain(message, anew ? query : answeredQuery);
}
