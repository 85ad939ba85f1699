import { useEffect, useState } from 'react';

/**
 * `message`, emptied for a frame each time `occasion` changes, so a live region says it again even when it
 * repeats: setting the same text is no change to the DOM, and nothing is heard. The words follow a frame after the
 * empty region has been committed; emptied and filled within one frame, the browser's accessibility tree may see
 * no change at all. Compared with `Object.is`: pass a count or a string, not an object made at each render.
 *
 * @example
 * ```tsx
 * // "240 events" said again once another filter answers with as many.
 * return <LiveRegion message={useSaidAgain(count, answeredFilters)} />;
 * ```
 */
export function useSaidAgain(message: string, occasion: unknown): string {
  const [last, setLast] = useState(() => occasion);
  // How many occasions came since the region was last filled: each restarts the wait for the next frame.
  const [waiting, setWaiting] = useState(0);
  // Set while rendering (React's pattern for state derived from a changing prop): emptied in the very commit the
  // occasion comes with, so its words are never seen before the empty region.
  if (!Object.is(last, occasion)) {
    setLast(() => occasion);
    setWaiting(waiting + 1);
  }
  useEffect(() => {
    if (waiting === 0) return;
    const frame = requestAnimationFrame(() => setWaiting(0));
    return () => cancelAnimationFrame(frame);
  }, [waiting]);
  return waiting === 0 ? message : '';
}
