import {
  auditColumnsQueryOptions,
  auditEventsQueryOptions,
  useAuditContext,
  useHydrated,
} from '@auditkit/headless';
import { notifyManager } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';

/**
 * How long a client-only first render waits for its first page before it draws the log with its loading state.
 * An API that answers sooner gets its rows in the log's first real commit; a slower one shows the skeleton after
 * this, as long after mounting as a blink, and its rows when they come.
 */
export const firstPageWaitMs = 150;

/** Props of {@link FirstPageGate}. */
export interface FirstPageGateProps {
  /** Numbered pages wait for the page's list; infinite scrolling fetches on its own, so nothing is waited for. */
  paging: 'pages' | 'infinite';
  /** Drawn while waiting: the log's empty frame (its landmark, busy). */
  fallback: ReactNode;
  children?: ReactNode | undefined;
}

/**
 * Holds the log's parts back while the first page and the column metadata are on their way (PrefetchFirstPage has
 * asked for both in the same render), for at most {@link firstPageWaitMs}. Drawing the toolbar, the table and the
 * rest with a skeleton first and the rows again once they arrive took two renders, two layouts and two paints, and
 * the skeleton's render held the main thread while the answers waited for it (bench/profile.mjs first: the rows
 * came some 200 ms after the skeleton's commit though the answers were in before it). Waiting, the main thread is
 * free when the answers come, and the parts render once, with their rows.
 *
 * Only in a client-only first render with both requests pending: the server and the render that hydrates its HTML
 * draw everything (a skeleton) at once, and a cached page, infinite scrolling or a later render never wait. The
 * gate opens in the same flush as Query's own notifications of the answer, so the parts read the metadata's new
 * state in the render that opens it, not in a second one.
 */
export function FirstPageGate({ paging, fallback, children }: FirstPageGateProps) {
  const { client, queryClient } = useAuditContext('FirstPageGate');
  const { queryState, legacy } = useAuditState();
  const hydrated = useHydrated();
  const [keys] = useState(() => [
    auditColumnsQueryOptions(client).queryKey,
    ...(paging === 'pages' ? [auditEventsQueryOptions(client, queryState.query, legacy).queryKey] : []),
  ]);
  const pending = () => keys.some((key) => queryClient.getQueryState(key)?.status === 'pending');
  const [waiting, setWaiting] = useState(() => hydrated && paging === 'pages' && pending());
  useEffect(() => {
    if (!waiting) return;
    let open = false;
    const stop = () => {
      if (open) return;
      open = true;
      setWaiting(false);
    };
    const timer = setTimeout(stop, firstPageWaitMs);
    // Called inside the batch in which Query notifies its observers of the answer: scheduled into that batch, the
    // gate opens in the same React update as the observers' new results.
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!open && !pending()) notifyManager.schedule(stop);
    });
    if (!pending()) stop();
    return () => {
      open = true;
      clearTimeout(timer);
      unsubscribe();
    };
    // The keys and the client of the first render: the gate is about the first page only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting]);
  return waiting ? fallback : children;
}
