import { AuditLog } from '@auditkit/components';
import { demoIdentities } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useAuditLanguage } from './auditLanguage.ts';
import { createDemoClient } from './createDemoClient.ts';
import type { DemoSession } from './session.ts';
import type { Theme } from './useTheme.ts';

export interface RecentActivityDrawerProps {
  session: DemoSession;
  theme: Theme;
  /** The page beside the drawer; it places the drawer's toggle (e.g. in its header). */
  children: (toggle: ReactNode) => ReactNode;
}

/**
 * "Recent activity": the audit log in a 480 px side drawer next to the page, as embedders put it beside their
 * own screens. The log lays itself out for the drawer's width (cards, filters behind one button), not the
 * window's. A non-modal panel: the page stays usable beside it; the toggle says whether it is open.
 */
export function RecentActivityDrawer({ session, theme, children }: RecentActivityDrawerProps) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // A new client and cache for each identity, tenant and scenario, as the audit log page gets (the scenario's data
  // is the mock's, so the old cache would keep showing the old scenario's rows); kept while the drawer is closed.
  const sessionKey = `${session.identity}|${session.tenantId}|${session.scenario}`;
  const [log, setLog] = useState(() => ({
    sessionKey,
    client: createDemoClient(session),
    queryClient: new QueryClient(),
  }));
  if (log.sessionKey !== sessionKey) {
    setLog({ sessionKey, client: createDemoClient(session), queryClient: new QueryClient() });
  }
  const language = useAuditLanguage();
  const drawerId = useId();
  const titleId = useId();
  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      className="button"
      aria-expanded={open}
      aria-controls={drawerId}
      onClick={() => setOpen((was) => !was)}
    >
      Recent activity
    </button>
  );
  return (
    <div className="page-with-drawer">
      <div className="page-with-drawer-main">{children(toggle)}</div>
      <aside id={drawerId} className="drawer" aria-labelledby={titleId} hidden={!open}>
        <div className="drawer-header">
          <h2 id={titleId}>Recent activity</h2>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              // Closing hides this button; focus would drop to the page's start (WCAG 2.4.3).
              toggleRef.current?.focus();
            }}
          >
            Close
          </button>
        </div>
        {open ? (
          <AuditLog
            key={log.sessionKey}
            client={log.client}
            queryClient={log.queryClient}
            theme={theme}
            translation={language.translation}
            dir={language.dir}
            userId={demoIdentities[session.identity].userId}
            showStats={false}
            showViews={false}
          />
        ) : null}
      </aside>
    </div>
  );
}
