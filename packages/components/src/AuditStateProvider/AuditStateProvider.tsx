import type { ReactNode } from 'react';
import { AuditStateContext } from './AuditStateContext.ts';
import { useAuditStateValue, type AuditStateOptions } from './useAuditStateValue.ts';

/** Props of {@link AuditStateProvider}. */
export interface AuditStateProviderProps extends AuditStateOptions {
  children?: ReactNode | undefined;
}

/**
 * Lets separately placed parts share one query (filters, sort, page) and one set of column choices. Put it
 * inside `AuditProvider`; `<AuditLog>` renders one. A part outside it keeps its own state.
 *
 * @example
 * ```tsx
 * <AuditProvider client={client}>
 *   <AuditStateProvider url tenantId="t-1">
 *     <FilterBar /><AuditTable /><Pagination />
 *   </AuditStateProvider>
 * </AuditProvider>
 * ```
 */
export function AuditStateProvider({ children, ...options }: AuditStateProviderProps) {
  const value = useAuditStateValue(options);
  return <AuditStateContext.Provider value={value}>{children}</AuditStateContext.Provider>;
}
