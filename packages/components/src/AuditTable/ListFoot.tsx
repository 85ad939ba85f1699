import type { AuditApiError } from '@auditkit/headless';
import { useMemo, useRef, type FocusEvent } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { AuditUiContext } from '../context/AuditUiContext.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { focusLost } from '../ui/focusLost.ts';
import { AuditTableError } from './AuditTableError.tsx';

/** Props of {@link ListFoot}. */
export interface ListFootProps {
  /** Whether the next page is loading. */
  loading: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
  /** Why the next page did not come, until a retry (`onLoadMore`) brings it. */
  error?: AuditApiError | null | undefined;
  /** What the foot says while more can come and none is loading: how many events are loaded so far. */
  loaded: string;
  /** What the foot says once every event is loaded. */
  end: string;
  /**
   * Which list the foot counts (`<AuditTable>` changes it when another query's events replace the list): its
   * status then starts again, saying the new list's count without announcing it. The result count says it.
   */
  list?: string | number | undefined;
}

/**
 * The infinite list's foot: "Load more", or why the next events did not come with a Retry, beside a status that
 * says how many events are loaded (of how many), "Loading more events…" while the next ones load, and, once every
 * event is in, that all are. While its page loads the button stays, busy and `aria-disabled` (not `disabled`, which
 * would drop focus): replaced by the words, it took focus with it to the page's body (and reaching it by Tab
 * scrolls to the end, which loads a page). When one of them leaves while focused (the last page came, a load
 * failed, Retry was pressed), focus moves to what takes its place: the status, once all are loaded.
 */
export function ListFoot({ loading, hasMore, onLoadMore, error = null, loaded, end, list }: ListFootProps) {
  const ui = useAuditUi();
  const { messages } = ui;
  // The rows already loaded stay: the alert says the next events did not come, not that the log could not be
  // loaded. AuditTableError titles itself with `errorTitle`, so it is given the foot's title under that name.
  const failedUi = useMemo(
    () => ({ ...ui, messages: { ...ui.messages, errorTitle: ui.messages.loadMoreFailed } }),
    [ui],
  );
  const focused = useRef(false);
  const statusRef = useRef<HTMLSpanElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const failedRef = useRef<HTMLDivElement>(null);
  // While a retry loads, the busy button shows again, not the error it is answering.
  const shown = error && !loading ? 'failed' : hasMore || loading ? 'more' : 'end';
  useLayoutEffectOnClient(() => {
    const target =
      shown === 'end'
        ? statusRef.current
        : shown === 'more'
          ? moreRef.current
          : (failedRef.current?.querySelector('button') ?? failedRef.current);
    if (!target || !focused.current) return;
    // The end's words are no control to come back to.
    if (shown === 'end') focused.current = false;
    if (focusLost(target)) target.focus();
  }, [shown]);
  const onFocus = () => {
    focused.current = true;
  };
  // A control removed while focused blurs too (Chrome): it still had focus when it left.
  const onBlur = (event: FocusEvent) => {
    if (event.target.isConnected) focused.current = false;
  };
  return (
    <>
      {shown === 'end' ? null : shown === 'failed' && error ? (
        // Focusable only to be given focus when a 403 leaves no Retry in place of the pressed button.
        <div ref={failedRef} tabIndex={-1} onFocus={onFocus} onBlur={onBlur}>
          <AuditUiContext.Provider value={failedUi}>
            <AuditTableError error={error} onRetry={onLoadMore} />
          </AuditUiContext.Provider>
        </div>
      ) : (
        <button
          ref={moreRef}
          type="button"
          aria-disabled={loading || undefined}
          aria-busy={loading || undefined}
          onClick={loading ? undefined : onLoadMore}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {messages.loadMore}
        </button>
      )}
      {shown === 'end' ? null : ' '}
      {/* Always there, in the same place (so the same element) from the first page to the last, so that each
          count and "All … loaded" are announced as they come: it used to leave with the last page. Empty beside
          a failure, whose alert is what to hear then. */}
      <span key={list} ref={statusRef} role="status" tabIndex={shown === 'end' ? -1 : undefined}>
        {shown === 'end' ? end : loading ? messages.loadingMore : shown === 'failed' ? '' : loaded}
      </span>
    </>
  );
}
