import { useCallback, useEffect, useState } from 'react';

interface Said {
  /** What the live region holds now. */
  text: string;
  /** What it says next, once it has been seen empty. */
  next?: string | undefined;
}

/**
 * A live region's text that is said again even when it repeats ("View “Severe events” applied" twice): setting
 * the same text is no change to the DOM, and nothing is heard. As the details' Copy button does, the region is
 * emptied first; the words follow a frame later, once the empty region has been committed and seen.
 *
 * @example
 * ```tsx
 * const [announcement, announce] = useAnnouncement();
 * announce(messages.viewApplied(view.name));
 * return <LiveRegion message={announcement} />;
 * ```
 */
export function useAnnouncement(): [announcement: string, announce: (message: string) => void] {
  const [said, setSaid] = useState<Said>({ text: '' });
  useEffect(() => {
    const { next } = said;
    if (next === undefined) return;
    // After the empty region's commit, and in a later frame than it: emptied and filled within one frame, the
    // browser's accessibility tree may see no change at all.
    const frame = requestAnimationFrame(() => setSaid({ text: next }));
    return () => cancelAnimationFrame(frame);
  }, [said]);
  const announce = useCallback((message: string) => setSaid({ text: '', next: message }), []);
  return [said.text, announce];
}
