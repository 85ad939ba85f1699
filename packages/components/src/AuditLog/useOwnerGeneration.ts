import { useState } from 'react';

/**
 * A count that grows each time another signed-in user replaces a known one, read in the render that brings them:
 * a React `key` for parts that must start afresh for the next user. The rule is `useAuditQueryState`'s: an id given
 * where there was none (`''` is none), a user's tenant loaded after the user, is the same visitor becoming known,
 * and their half-typed search stays.
 */
export function useOwnerGeneration(tenantId: string | undefined, userId: string | undefined): number {
  const [seen, setSeen] = useState({ tenantId, userId, generation: 0 });
  if (seen.tenantId === tenantId && seen.userId === userId) return seen.generation;
  const swapped =
    (!!seen.userId && seen.userId !== userId) || (!!seen.tenantId && seen.tenantId !== tenantId);
  const next = { tenantId, userId, generation: seen.generation + (swapped ? 1 : 0) };
  setSeen(next);
  return next.generation;
}
