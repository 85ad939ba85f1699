import { useState } from 'react';

/**
 * `message` once it has changed since the caller mounted, `''` until then. A live region that appears already
 * holding text may be read out at once or never, depending on the screen reader: one that starts empty and
 * then changes is read the same everywhere, and only for news.
 */
export function useMessageSinceMount(message: string): string {
  const [first] = useState(message);
  const [changed, setChanged] = useState(false);
  // Set while rendering (React's pattern for state derived from a changing prop): once changed, always shown,
  // even when the message returns to the first one ("240 events" after a filter is ticked and unticked).
  if (!changed && message !== first) setChanged(true);
  return changed || message !== first ? message : '';
}
