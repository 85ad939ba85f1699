import { AuditLog } from '@auditkit/components';
import { demoIdentities } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
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
  const [client] = useState(() => createDemoClient(session));
  const [queryClient] = useState(() => new QueryClient());
  const language = useAuditLanguage();
  const drawerId = useId();
  const titleId = useId();
  const toggle = (
    <button
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
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {open ? (
          <AuditLog
            client={client}
            queryClient={queryClient}
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
