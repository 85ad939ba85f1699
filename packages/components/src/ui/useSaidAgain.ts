import { useEffect, useState } from 'react';

interface Said {
  /** The occasion of the last render. */
  occasion: unknown;
  /** The words of the last render (what the region shows, unless it is waiting). */
  message: string;
  /** How many occasions came since the region was last filled: each restarts the wait for the next frame. */
  waiting: number;
}

/**
 * `message`, emptied for a frame when `occasion` changes and the region would say the words it already shows, so a
 * live region says it again: setting the same text is no change to the DOM, and nothing is heard. The words follow
 * a frame after the empty region has been committed; emptied and filled within one frame, the browser's
 * accessibility tree may see no change at all. Other words are a change of their own, said at once without
 * emptying the region first (and without another render a frame later). Compared with `Object.is`: pass a count or
 * a string, not an object made at each render.
 *
 * @example
 * ```tsx
 * // "240 events" said again once another filter answers with as many.
 * return <LiveRegion message={useSaidAgain(count, answeredFilters)} />;
 * ```
 */
export function useSaidAgain(message: string, occasion: unknown): string {
  const [said, setSaid] = useState<Said>(() => ({ occasion, message, waiting: 0 }));
  // Set while rendering (React's pattern for state derived from a changing prop): emptied in the very commit the
  // occasion comes with, so its words are never seen before the empty region.
  const anew = !Object.is(said.occasion, occasion);
  if (anew || said.message !== message) {
    const shown = said.waiting === 0 ? said.message : '';
    const again = anew && message !== '' && (said.waiting > 0 || message === shown);
    setSaid({ occasion, message, waiting: again ? said.waiting + 1 : said.waiting });
  }
  const { waiting } = said;
  useEffect(() => {
    if (waiting === 0) return;
    const frame = requestAnimationFrame(() => setSaid((now) => ({ ...now, waiting: 0 })));
    return () => cancelAnimationFrame(frame);
  }, [waiting]);
  return waiting === 0 ? message : '';
}
