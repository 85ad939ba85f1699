import { useContext } from 'react';
import { AuditStateContext, type AuditStateValue } from './AuditStateContext.ts';

/**
 * The shared view state from the nearest `AuditStateProvider`. Every part places itself in one
 * (`AuditStateScope`), so inside `<AuditLog>` this reads the one state of the view; a custom part must be
 * placed under an `AuditStateProvider` too.
 *
 * @example
 * function ResultCount() {
 *   const { queryState } = useAuditState();
 *   const { total, totalIsLowerBound } = useAuditList(queryState.query);
 *   return <span>{totalIsLowerBound ? `${total}+` : total}</span>;
 * }
 */
export function useAuditState(): AuditStateValue {
  const shared = useContext(AuditStateContext);
  if (!shared) {
    throw new Error(
      '[auditkit] `useAuditState` must be used within <AuditStateProvider> (or <AuditLog>); wrap your part in one, or in <AuditStateScope>.',
    );
  }
  return shared;
}
