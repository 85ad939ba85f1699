import { useCallback, useState } from 'react';
import { useSaidAgain } from './useSaidAgain.ts';

interface Said {
  /** What the live region says. */
  text: string;
  /** How many times it was asked to say something: each is said, the same words too. */
  times: number;
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
  const [said, setSaid] = useState<Said>({ text: '', times: 0 });
  const announce = useCallback(
    (message: string) => setSaid(({ times }) => ({ text: message, times: times + 1 })),
    [],
  );
  return [useSaidAgain(said.text, said.times), announce];
}
