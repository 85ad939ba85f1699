import {
  auditEventPage,
  auditRetryRule,
  ownValue,
  useOptionalAuditContext,
  type AuditQuery,
  type RetryPolicy,
} from '@auditkit/headless';
import { useContext, useEffect, useRef, useState } from 'react';
import { AuditStateContext } from '../AuditStateProvider/AuditStateContext.ts';
import type { AuditEventLike } from '../types.ts';
import { expectPivot } from './eventPivots.ts';

/**
 * How long a pivot waits for its count before it opens the first page instead: a click that does nothing for
 * longer reads as broken, and the first page is what the pivot did before it counted.
 */
const countWaitMs = 3000;

/** Each log's pivot whose count is on its way, by the log's query setter (one per log while its query stays). */
const inFlight = new WeakMap<object, AbortController>();
/** Why a count was stopped when a later pivot took its place. */
const superseded = Symbol('superseded');

/**
 * The count, asked again after a failure the list would retry (by the library's rule, a 429 after its
 * `Retry-After`, a 5xx, the network), until it answers or `signal` stops it (the wait is over, the panel closed, a
 * later pivot): a busy server's one refusal sent the event off the page, which the list beside it had just ridden
 * out. 0 when it never answers.
 */
async function countWithRetries(
  count: () => Promise<number>,
  rule: RetryPolicy,
  signal: AbortSignal,
): Promise<number> {
  for (let failures = 0; ; failures++) {
    try {
      return await count();
    } catch (error) {
      if (signal.aborted || !rule.retry(failures, error)) return 0;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, rule.retryDelay(failures, error));
        signal.addEventListener('abort', done, { once: true });
      });
      if (signal.aborted) return 0;
    }
  }
}

/** What {@link useEventPage} gives a details button. */
export interface EventPage {
  /** A count is on its way: the button says so and takes no second press. */
  busy: boolean;
  /**
   * The page of `next` (the query the button will set, from page 0) that holds the event, for numbered pages;
   * `undefined` when the change is to be dropped: the panel closed, or the query changed while the count was on
   * its way (the user has moved on, and their change wins).
   */
  pageOf(next: AuditQuery): Promise<number | undefined>;
}

/**
 * For a details button that changes the query ("what else happened then", "only this value"): the page that holds
 * the event once the query is changed, so the log opens there and the event stays on screen with its details. A
 * busy log sorted newest first would otherwise open on a first page of later events, and the event would leave
 * the page with its details (and, without a filter bar, with focus). One count (`auditEventPage`) with numbered
 * pages; 0 without one (an infinite list, no client, a sort by another column), when the count fails (after the
 * retries the list would make) or takes longer than three seconds: the first page, as before. An infinite list
 * counts nothing: its table loads the new list down to the event and brings its row into view (`expectPivot`),
 * within the same three seconds.
 */
export function useEventPage(event: AuditEventLike): EventPage {
  const state = useContext(AuditStateContext);
  const audit = useOptionalAuditContext();
  const [busy, setBusy] = useState(false);
  const query = state?.queryState.query;
  // Read after the count, so the query of the last render, not of the click's.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  });
  // Aborted when the panel closes (the button unmounts): the count is dropped, and nothing changes after it.
  const open = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    open.current = controller;
    return () => controller.abort();
  }, []);

  const pageOf = async (next: AuditQuery): Promise<number | undefined> => {
    if (!state || !audit) return 0;
    const { client } = audit;
    // An infinite list (the log's, or a table's own `paging`) is loaded down to the event by its table, within
    // the count's wait.
    if (state.paging !== 'pages') {
      expectPivot(client, event, next, countWaitMs);
      return 0;
    }
    const closed = open.current?.signal;
    const asked = latest.current;
    const request = new AbortController();
    const stop = () => request.abort();
    closed?.addEventListener('abort', stop);
    const timer = setTimeout(stop, countWaitMs);
    // A later pivot of the same log (another button of these details, or of another open row) takes this one's
    // place: the later press wins, as a change of the query made meanwhile does.
    const log = state.queryState.setQuery;
    inFlight.get(log)?.abort(superseded);
    inFlight.set(log, request);
    setBusy(true);
    const page = await countWithRetries(
      () =>
        auditEventPage(client, next, ownValue(event, 'createdAt'), {
          legacy: state.legacy,
          signal: request.signal,
        }),
      auditRetryRule(audit),
      request.signal,
    );
    clearTimeout(timer);
    closed?.removeEventListener('abort', stop);
    if (inFlight.get(log) === request) inFlight.delete(log);
    if (closed?.aborted) return undefined;
    setBusy(false);
    if (latest.current !== asked || request.signal.reason === superseded) return undefined;
    expectPivot(client, event, next, countWaitMs);
    return page;
  };
  return { busy, pageOf };
}
