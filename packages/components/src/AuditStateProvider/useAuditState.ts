import { useContext } from 'react';
import { AuditStateContext, type AuditStateValue } from './AuditStateContext.ts';

/**
 * The shared view state from the nearest `AuditStateProvider`. Every part places itself in one
 * (`AuditStateScope`), so inside `<AuditLog>` this reads the one state of the view; a custom part must be
 * placed under an `AuditStateProvider` too.
 *
 * A part that reads the list passes the provider's `paging` and `legacy` to `useAuditList`: it then shares the
 * table's request, cache entry and count. Without them it asks the v2 list in pages, a second request under
 * `paging="infinite"` and the wrong endpoint under `legacy`.
 *
 * @example
 * ```tsx
 * function ResultCount() {
 *   const { queryState, paging, legacy } = useAuditState();
 *   const { total, totalIsLowerBound } = useAuditList(queryState.query, { paging, legacy });
 *   if (total === undefined) return null; // before the first answer
 *   return <span>{totalIsLowerBound ? `${total}+` : total}</span>;
 * }
 * ```
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
