import { useContext } from 'react';
import { AuditStateContext, type AuditStateValue } from './AuditStateContext.ts';
import { useAuditStateValue } from './useAuditStateValue.ts';

/**
 * The shared view state from the nearest `AuditStateProvider`, or, for a part used alone, state of its own
 * (same hooks, same cache), so every part works inside a bare `AuditProvider`.
 *
 * @example
 * function ResultCount() {
 *   const { queryState } = useAuditState();
 *   const { data } = useAuditEvents(queryState.query);
 *   return <span>{data?.total}</span>;
 * }
 */
export function useAuditState(): AuditStateValue {
  const shared = useContext(AuditStateContext);
  // Hooks run unconditionally; the local value is cheap and shares the Query cache with the provider's.
  const local = useAuditStateValue();
  return shared ?? local;
}
