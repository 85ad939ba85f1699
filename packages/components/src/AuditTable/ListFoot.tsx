import { useRef } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { focusLost } from '../ui/focusLost.ts';

/** Props of {@link ListFoot}. */
export interface ListFootProps {
  /** Whether the next page is loading. */
  loading: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
  /** What the foot says once every event is loaded. */
  end: string;
}

/**
 * The infinite list's foot: "Load more", or, once every event is in, how many there are. While its page loads the
 * button stays, busy and `aria-disabled` (not `disabled`, which would drop focus), with the words beside it: replaced
 * by them, it took focus with it to the page's body (and reaching it by Tab scrolls to the end, which loads a page).
 * When the last page comes the button leaves, and focus moves to the words that take its place.
 */
export function ListFoot({ loading, hasMore, onLoadMore, end }: ListFootProps) {
  const { messages } = useAuditUi();
  const focused = useRef(false);
  const endRef = useRef<HTMLSpanElement>(null);
  const more = hasMore || loading;
  useLayoutEffectOnClient(() => {
    const span = endRef.current;
    if (more || !span || !focused.current) return;
    focused.current = false;
    if (focusLost(span)) span.focus();
  }, [more]);
  if (!more)
    return (
      <span ref={endRef} tabIndex={-1}>
        {end}
      </span>
    );
  return (
    <>
      <button
        type="button"
        aria-disabled={loading || undefined}
        aria-busy={loading || undefined}
        onClick={loading ? undefined : onLoadMore}
        onFocus={() => {
          focused.current = true;
        }}
        // A button removed while focused blurs too (Chrome): it still had focus when it left.
        onBlur={(event) => {
          if (event.currentTarget.isConnected) focused.current = false;
        }}
      >
        {messages.loadMore}
      </button>{' '}
      {/* Always there while more can come, so the words are announced when they appear. */}
      <span role="status">{loading ? messages.loadingMore : ''}</span>
    </>
  );
}
