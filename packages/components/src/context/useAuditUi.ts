import { useContext } from 'react';
import { AuditUiContext, type AuditUiValue } from './AuditUiContext.ts';

/**
 * The nearest `AuditUiProvider`'s settings, or English defaults in the local time zone.
 *
 * @example
 * const { messages, timeZone } = useAuditUi();
 */
export function useAuditUi(): AuditUiValue {
  return useContext(AuditUiContext);
}
