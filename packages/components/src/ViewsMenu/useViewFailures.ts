import { useCallback, useRef, useState } from 'react';

/** The views dialog's changes and their failures, each at its place: the save form (`''`) or a view's id. */
export interface ViewFailures {
  /** Why the latest change at each place failed (a place without a failure is not in it). */
  failures: ReadonlyMap<string, unknown>;
  /** Runs a change at `place`; settles to whether it went through. */
  attempt: (place: string, run: () => Promise<unknown>) => Promise<boolean>;
  /** Forgets the failure at `place` (the user left what failed), and any change there still to settle. */
  clear: (place: string) => void;
}

/**
 * The failures of the views dialog's changes, one for each place one is said (the save form, each view's row). A
 * change clears its own place's failure when it starts, so the same failure again is announced again; only the
 * latest change at a place may set it, so two rows failing at once each say why, and an older change settling
 * after a newer one at the same place says nothing stale.
 */
export function useViewFailures(): ViewFailures {
  const [failures, setFailures] = useState<ReadonlyMap<string, unknown>>(() => new Map());
  const latest = useRef(new Map<string, number>());
  const count = useRef(0);
  // The failure at `place` set (a cause given) or taken away; the same map when there is nothing to take.
  const put = useCallback((place: string, failure?: { cause: unknown }) => {
    setFailures((current) => {
      if (!failure && !current.has(place)) return current;
      const next = new Map(current);
      if (failure) next.set(place, failure.cause);
      else next.delete(place);
      return next;
    });
  }, []);
  const attempt = useCallback(
    (place: string, run: () => Promise<unknown>) => {
      const token = ++count.current;
      latest.current.set(place, token);
      put(place);
      return run().then(
        () => true,
        (cause: unknown) => {
          if (latest.current.get(place) === token) put(place, { cause });
          return false;
        },
      );
    },
    [put],
  );
  const clear = useCallback(
    (place: string) => {
      latest.current.delete(place);
      put(place);
    },
    [put],
  );
  return { failures, attempt, clear };
}
