import { useCallback, useInsertionEffect, useRef, useState } from 'react';

/** Whose view a state is: the signed-in tenant and user, when known. */
export interface AuditStateOwner {
  tenantId?: string | undefined;
  userId?: string | undefined;
}

/** What {@link useOwnerSwap} tells its state hook. */
export interface OwnerSwap {
  /** This render is another owner's, and the state still holds the last owner's value: show the defaults. */
  readonly swapped: boolean;
  /**
   * How many times another owner has replaced a known one, counted from this render on, controlled or not: a React
   * `key` for parts holding the last owner's unapplied input.
   */
  readonly generation: number;
  /** Whether the last commit was such a render and nothing has set the state since. Not during render. */
  pending(): boolean;
  /** As `pending()`, and marks it set: the caller builds the new value on the defaults. Not during render. */
  take(): boolean;
}

/**
 * Another owner in place of a known one, seen in the render that brings them (React's "adjust state when a prop
 * changes"), not in an effect after it: by then the parts below had rendered, and their queries asked, with the
 * last owner's state under the new owner's client. An id given where there was none (`''` is none, as for saved
 * views), such as a user's tenant loaded after the user, is the same visitor becoming known, not a swap.
 */
export function useOwnerSwap({ tenantId, userId }: AuditStateOwner, enabled: boolean): OwnerSwap {
  const [seen, setSeen] = useState({ tenantId, userId, swapped: false, generation: 0 });
  let { swapped, generation } = seen;
  if (seen.tenantId !== tenantId || seen.userId !== userId) {
    const another =
      (!!seen.userId && seen.userId !== userId) || (!!seen.tenantId && seen.tenantId !== tenantId);
    swapped ||= enabled && another;
    if (another) generation += 1;
    setSeen({ tenantId, userId, swapped, generation });
  }
  const latest = useRef(swapped);
  useInsertionEffect(() => {
    latest.current = swapped;
  });
  const pending = useCallback(() => latest.current, []);
  const take = useCallback(() => {
    if (!latest.current) return false;
    latest.current = false;
    setSeen((current) => (current.swapped ? { ...current, swapped: false } : current));
    return true;
  }, []);
  return { swapped, generation, pending, take };
}
