import { AuditLog, type AuditPagingMode } from '@auditkit/components';
import { AuditProvider } from '@auditkit/headless';
import { demoIdentities } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useAuditLanguage } from '../auditLanguage.ts';
import { createDemoClient } from '../createDemoClient.ts';
import { demoViews } from '../demoViews.ts';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { RecordEventForm } from '../RecordEventForm.tsx';
import { sessionActor, tenants, type DemoSession } from '../session.ts';
import type { Theme } from '../useTheme.ts';

export interface AuditLogPageProps {
  session: DemoSession;
  theme: Theme;
  onPagingChange: (paging: AuditPagingMode) => void;
}

/**
 * The page a customer's users come for: `<AuditLog>` embedded as a customer would embed it, its view kept in the
 * URL. The parent keys this page on identity, tenant and scenario, so each starts with a new client and cache.
 */
export function AuditLogPage({ session, theme, onPagingChange }: AuditLogPageProps) {
  const [client] = useState(() => createDemoClient(session));
  const [queryClient] = useState(() => new QueryClient());
  const pagingId = useId();
  const language = useAuditLanguage();
  const tenantName = tenants.find((tenant) => tenant.tenantId === session.tenantId)?.name ?? session.tenantId;
  return (
    <>
      <header className="page-header page-header-split">
        <div>
          <h1>Audit log</h1>
          <p className="page-lede">Everything that happened in {tenantName}: who did what, and when.</p>
        </div>
        <div className="page-header-controls">
          <LanguageSwitch />
          <div className="field">
            <label htmlFor={pagingId}>Browse by</label>
            <select
              id={pagingId}
              value={session.paging}
              onChange={(event) => onPagingChange(event.target.value as AuditPagingMode)}
            >
              <option value="pages">Numbered pages</option>
              <option value="infinite">Infinite scroll</option>
            </select>
          </div>
        </div>
      </header>
      {/* The form's mutation and the log share one client and cache, so a recorded event refreshes the log. */}
      <AuditProvider client={client} queryClient={queryClient}>
        <div className="audit-page">
          <RecordEventForm actor={sessionActor(session.identity)} />
          <AuditLog
            client={client}
            queryClient={queryClient}
            urlState
            paging={session.paging}
            theme={theme}
            userId={demoIdentities[session.identity].userId}
            predefinedViews={demoViews}
            translation={language.translation}
            dir={language.dir}
            // The page's h1 "Audit log" heads the log, so the log's own headings start at h2.
            headingLevel={1}
          />
        </div>
      </AuditProvider>
    </>
  );
}
