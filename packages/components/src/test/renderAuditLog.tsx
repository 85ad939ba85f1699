import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { render } from 'vitest-browser-react';
import { AuditLog, type AuditLogProps } from '../AuditLog/AuditLog.tsx';
import { testQueryClient } from './renderAudit.tsx';

/**
 * Renders a whole `<AuditLog>` against the service-worker mock as Acme's admin, in UTC and en-US so text is stable,
 * with a QueryClient of its own; `props` add to or replace those.
 */
export function renderAuditLog(props: Partial<AuditLogProps> = {}) {
  return render(
    <AuditLog
      baseUrl=""
      getToken={() => demoToken(demoIdentities.tenantAAdmin)}
      defaultTimeZone="UTC"
      locale="en-US"
      queryClient={testQueryClient()}
      {...props}
    />,
  );
}
