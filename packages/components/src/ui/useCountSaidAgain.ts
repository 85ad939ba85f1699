import type { AuditQuery } from '@auditkit/headless';
import { useState } from 'react';
import { useSaidAgain } from './useSaidAgain.ts';

/**
 * A result count's text (or what stands in its place), said again once the answer to other matches has come:
 * another filter, search or time range whose answer has the same count ("Last 365 days" holding every event) was no
 * change to the region's text, and nothing was heard that it had answered. Not for the same query asked again in
 * the background, nor for another page, page size or sort, which match the same events (the pager says the range).
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
  const matches = matchesOf(query);
  // The matches of the answer in: none yet when the list first loads (a dialog opened while it did says its count).
  const [answeredMatches, setAnsweredMatches] = useState(answered ? matches : null);
  if (answered && answeredMatches !== matches) setAnsweredMatches(matches);
  return useSaidAgain(message, answeredMatches);
}

/** What a query matches, in any order or paging: what the count counts, as a string to compare. */
export function matchesOf({ search, time, filters }: AuditQuery): string {
  return JSON.stringify({ search, time, filters });
}
