import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { render } from 'vitest-browser-react';
import { AuditLog, type AuditLogProps } from '../AuditLog/AuditLog.tsx';
import { testQueryClient } from './renderAudit.tsx';

/**
 * The props of a whole `<AuditLog>` against the service-worker mock as Acme's admin, in UTC and en-US so text is
 * stable, with a QueryClient of its own (a new one each call).
 */
export const testAuditLogProps = (): AuditLogProps => ({
  baseUrl: '',
  getToken: () => demoToken(demoIdentities.tenantAAdmin),
  defaultTimeZone: 'UTC',
  locale: 'en-US',
  queryClient: testQueryClient(),
});

/** Renders a whole `<AuditLog>` with {@link testAuditLogProps}; `props` add to or replace those. */
export function renderAuditLog(props: Partial<AuditLogProps> = {}) {
  return render(<AuditLog {...testAuditLogProps()} {...props} />);
}
