import { useHydrated } from '@auditkit/headless';
import { useContext } from 'react';
import { AuditUiContext, type AuditUiValue } from './AuditUiContext.ts';
import { standaloneAuditUi } from './standaloneAuditUi.ts';

/**
 * The nearest `AuditUiProvider`'s settings, or English defaults in the local time zone, which like the provider's
 * are UTC and en-US on the server and while hydrating, so a part rendered alone hydrates without a mismatch.
 *
 * @example
 * const { messages, timeZone } = useAuditUi();
 */
export function useAuditUi(): AuditUiValue {
  const provided = useContext(AuditUiContext);
  // Called under a provider too (hooks may not be skipped): a no-op subscription, no state, no render of its own.
  const hydrated = useHydrated();
  return provided ?? standaloneAuditUi(hydrated);
}
