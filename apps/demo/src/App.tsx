import { useEffect, useRef, useState } from 'react';
import { DemoControls } from './DemoControls.tsx';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { GeneralSettingsPage } from './pages/GeneralSettingsPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { scenarios } from './scenarios.ts';
import { saveSession, type DemoSession } from './session.ts';
import { Sidebar } from './Sidebar.tsx';
import { useRoute } from './useRoute.ts';
import { useTheme } from './useTheme.ts';
import type { MockAuditApi } from '@auditkit/mock-api';

const titles = {
  overview: 'Overview',
  general: 'General',
  members: 'Members',
  'audit-log': 'Audit log',
  'not-found': 'Page not found',
} as const;

/** The Acme Cloud portal: navigation, the demo's switches, and the current page. */
export function App({ api, initialSession }: { api: MockAuditApi; initialSession: DemoSession }) {
  const [route, navigate, visit] = useRoute();
  const [theme, setTheme] = useTheme();
  const [session, setSession] = useState(initialSession);
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);

  const changeSession = (next: DemoSession) => {
    // The scenario lives in the in-page mock; apply it before the new page's first request.
    if (next.scenario !== session.scenario) {
      api.resetScenario();
      api.setScenario(scenarios[next.scenario].scenario);
    }
    saveSession(next);
    setSession(next);
  };

  useEffect(() => {
    document.title = `${titles[route]} · Acme Cloud`;
    // After in-page navigation, move focus to the new page so keyboard and screen-reader users land on it.
    if (shownRoute.current === route) return;
    shownRoute.current = route;
    main.current?.focus();
  }, [route]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar route={route} onNavigate={navigate} />
      <DemoControls
        session={session}
        onSessionChange={changeSession}
        theme={theme}
        onThemeChange={setTheme}
      />
      <main id="main" ref={main} tabIndex={-1}>
        {route === 'overview' && <OverviewPage onNavigate={navigate} />}
        {route === 'general' && <GeneralSettingsPage />}
        {route === 'members' && (
          <MembersPage key={`${session.identity}|${session.tenantId}`} session={session} theme={theme} />
        )}
        {route === 'audit-log' && (
          <AuditLogPage
            // The visit too: the sidebar's link on a filtered log pushes the bare path, which the log never hears.
            key={`${session.identity}|${session.tenantId}|${session.scenario}|${visit}`}
            session={session}
            theme={theme}
            onPagingChange={(paging) => changeSession({ ...session, paging })}
          />
        )}
        {route === 'not-found' && <NotFoundPage onNavigate={navigate} />}
      </main>
    </div>
  );
}
