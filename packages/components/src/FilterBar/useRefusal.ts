import { useState } from 'react';

/** Why the last change a filter control made was refused, and how many refusals there have been. */
export interface Refusal {
  /** In words to show at the control; empty while the last change was made (or the user has moved on). */
  reason: string;
  /** Keys the alert, so a refusal repeated in the same words is a new element and said again. */
  count: number;
}

/**
 * A filter control's refusal (a change the query state refused, over what a link carries): `report` takes what
 * the change returned, a reason or `undefined` for a change made, which clears it.
 */
export function useRefusal(): [Refusal, (reason: string | undefined) => void] {
  const [refusal, setRefusal] = useState<Refusal>({ reason: '', count: 0 });
  const report = (reason: string | undefined) =>
    setRefusal((was) => ({ reason: reason ?? '', count: was.count + (reason ? 1 : 0) }));
  return [refusal, report];
}
